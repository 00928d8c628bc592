package dev.gooseci.scm.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import dev.gooseci.scm.ChangeRequest;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Maps GitHub's pull request JSON ({@code GET /repos/{owner}/{repo}/pulls/{number}}) to our records. */
public final class PullRequestJson {
    private PullRequestJson() {}

    static GitHubPullRequest read(JsonNode pr) {
        String baseRepo = pr.path("base").path("repo").path("full_name").asText("");
        JsonNode headRepoNode = pr.path("head").path("repo");
        String headRepo =
                headRepoNode.isObject() ? headRepoNode.path("full_name").asText("") : "";
        boolean fork = headRepo.isEmpty() || !headRepo.equalsIgnoreCase(baseRepo);
        ChangeRequest request = new ChangeRequest(
                pr.path("number").asInt(),
                Json.text(pr, "title", ""),
                Json.text(pr, "body", ""),
                pr.path("user").path("login").asText(""),
                required(pr.path("base"), "sha", "base.sha"),
                Optional.empty(),
                required(pr.path("head"), "sha", "head.sha"),
                pr.path("base").path("ref").asText(""),
                pr.path("head").path("ref").asText(""),
                fork,
                Json.text(pr, "html_url", ""));
        return new GitHubPullRequest(
                request,
                Json.text(pr, "author_association", "NONE"),
                headRepo,
                pr.path("changed_files").asInt(0),
                labels(pr));
    }

    /** The names of the pull request's {@code labels}, as both the pull request JSON and event payloads list them. */
    public static Set<String> labels(JsonNode pr) {
        Set<String> names = new TreeSet<>();
        pr.path("labels").forEach(label -> {
            String name = Json.text(label, "name", "");
            if (!name.isEmpty()) {
                names.add(name);
            }
        });
        return Set.copyOf(names);
    }

    private static String required(JsonNode node, String field, String name) {
        String value = Json.text(node, field, "");
        if (value.isEmpty()) {
            throw new GitHubApiException(
                    "GitHub's pull request has no " + name + "; is the number a pull request?", 0, null);
        }
        return value;
    }
}
