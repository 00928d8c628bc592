package dev.gooseci.scm.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GitHub's own OpenAPI description (from {@code @octokit/openapi}) cut down to the operations our GitHub code calls,
 * with the components they reach, so Prism starts fast. Three fixes make Prism check what GitHub means: a schema that
 * is {@code nullable} without a {@code type} (Prism ignores such a flag) becomes an {@code anyOf} with a null-only
 * branch; example {@code Link} headers, which point at api.github.com, are dropped so no client pages off the
 * machine; and each JSON reply is also offered as GitHub's {@code vnd.github} media types, which clients ask for.
 *
 * <p>Prism with {@code --errors} also checks its own replies, and some of GitHub's examples lack fields their schema
 * requires (the repository's {@code language}), which would turn the reply into a 500. So {@code required} is dropped
 * from the shared component schemas, which only replies use, and their {@code oneOf} becomes {@code anyOf} (without
 * {@code required}, an owner matches both the user and the enterprise branch): the request bodies we send are described inline in the
 * paths, and keep every check.
 */
final class ReducedGitHubSpec {
    /**
     * Path to methods: everything {@link GitHubPublisher}, {@link GitHubCheckRun}, {@link GitHubTriggers},
     * {@link GitHubFollowUps} and
     * github-api call.
     */
    static final Map<String, List<String>> OPERATIONS = operations();

    private static final List<String> GITHUB_MEDIA_TYPES = List.of(
            "application/vnd.github+json",
            "application/vnd.github.v3+json",
            "application/vnd.github.antiope-preview+json");

    private ReducedGitHubSpec() {}

    private static Map<String, List<String>> operations() {
        Map<String, List<String>> ops = new LinkedHashMap<>();
        String repo = "/repos/{owner}/{repo}";
        String pull = repo + "/pulls/{pull_number}";
        ops.put(repo, List.of("get"));
        ops.put(repo + "/pulls", List.of("get", "post"));
        ops.put(pull, List.of("get", "patch"));
        ops.put(pull + "/files", List.of("get"));
        ops.put(pull + "/comments", List.of("get", "post"));
        ops.put(pull + "/reviews", List.of("get", "post"));
        ops.put(pull + "/reviews/{review_id}", List.of("delete"));
        ops.put(repo + "/pulls/comments/{comment_id}", List.of("delete"));
        ops.put(repo + "/issues/{issue_number}/comments", List.of("get", "post"));
        ops.put(repo + "/issues/comments/{comment_id}", List.of("patch"));
        ops.put(repo + "/collaborators/{username}/permission", List.of("get"));
        ops.put(repo + "/issues/comments/{comment_id}/reactions", List.of("post"));
        ops.put(repo + "/check-runs", List.of("post"));
        ops.put(repo + "/check-runs/{check_run_id}", List.of("patch"));
        return ops;
    }

    static ObjectNode reduce(JsonNode full) {
        ObjectNode spec = Json.object();
        spec.set("openapi", full.path("openapi"));
        spec.set("info", full.path("info"));
        spec.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = spec.putObject("paths");
        OPERATIONS.forEach((path, methods) -> {
            JsonNode item = full.path("paths").path(path);
            if (item.isMissingNode()) {
                throw new IllegalStateException("GitHub's description has no " + path + "; update the reduced list");
            }
            ObjectNode kept = paths.putObject(path);
            methods.forEach(method -> kept.set(method, item.path(method).deepCopy()));
        });
        ObjectNode components = reachableComponents(full, paths);
        components.path("schemas").forEach(ReducedGitHubSpec::loosenReplies);
        spec.set("components", components);
        fix(spec);
        return spec;
    }

    private static ObjectNode reachableComponents(JsonNode full, JsonNode paths) {
        ObjectNode components = Json.object();
        Deque<String> refs = new ArrayDeque<>();
        collectRefs(paths, refs);
        Set<String> seen = new HashSet<>();
        while (!refs.isEmpty()) {
            String ref = refs.pop();
            if (seen.add(ref)) {
                String[] parts = ref.split("/"); // #/components/<kind>/<name>
                JsonNode node = full.path("components").path(parts[2]).path(parts[3]);
                ObjectNode kind = components.has(parts[2])
                        ? (ObjectNode) components.get(parts[2])
                        : components.putObject(parts[2]);
                kind.set(parts[3], node.deepCopy());
                collectRefs(node, refs);
            }
        }
        return components;
    }

    private static void collectRefs(JsonNode node, Deque<String> refs) {
        if (node.isObject() && node.path("$ref").isTextual()) {
            refs.push(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    private static void loosenReplies(JsonNode node) {
        if (node.isObject() && node.path("required").isArray()) {
            ((ObjectNode) node).remove("required");
        }
        if (node.isObject() && node.has("oneOf")) {
            ((ObjectNode) node).set("anyOf", ((ObjectNode) node).remove("oneOf"));
        }
        node.forEach(ReducedGitHubSpec::loosenReplies);
    }

    private static void fix(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.path("nullable").asBoolean(false) && !object.has("type") && !object.has("$ref")) {
                nullableWithoutType(object);
            }
            JsonNode headers = object.get("headers");
            if (headers != null && headers.isObject()) {
                ((ObjectNode) headers).remove("Link");
                ((ObjectNode) headers).remove("link");
            }
            JsonNode json = object.path("content").path("application/json");
            if (object.has("description") && object.get("content") instanceof ObjectNode content && json.isObject()) {
                GITHUB_MEDIA_TYPES.forEach(type -> content.set(type, json.deepCopy()));
            }
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            fix(children.next());
        }
    }

    /** {@code {nullable, allOf: [...]}} becomes {@code {anyOf: [{allOf: [...]}, {type: string, enum: [null]}]}}. */
    private static void nullableWithoutType(ObjectNode object) {
        ObjectNode rest = object.deepCopy();
        rest.remove("nullable");
        JsonNode description = rest.remove("description");
        object.removeAll();
        if (description != null) {
            object.set("description", description);
        }
        ArrayNode anyOf = object.putArray("anyOf");
        anyOf.add(rest);
        ObjectNode onlyNull = anyOf.addObject().put("type", "string").put("nullable", true);
        onlyNull.putArray("enum").addNull();
    }
}
