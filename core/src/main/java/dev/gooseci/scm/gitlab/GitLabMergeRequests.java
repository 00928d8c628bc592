package dev.gooseci.scm.gitlab;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import dev.gooseci.scm.gitlab.GitLabException.Problem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Reads a merge request's labels and origin, and opens the follow-up merge request that carries generated tests. A
 * re-run finds the follow-up it opened before (the open merge request from the same branch into the same branch) and
 * updates its description instead of opening a second one. Maps between GitLab's JSON and our records.
 */
public final class GitLabMergeRequests {
    private final GitLabApi api;

    public GitLabMergeRequests(GitLabApi api) {
        this.api = requireNonNull(api, "api");
    }

    /** Reads {@code mr}: its branches, head, source and target projects, and labels. */
    public MergeRequestInfo read(MergeRequestId mr) {
        JsonNode json = api.get(api.url(mr.path()));
        Set<String> labels = new LinkedHashSet<>();
        json.path("labels")
                .forEach(label ->
                        labels.add(label.isObject() ? label.path("name").asText() : label.asText()));
        long target = required(json, "target_project_id", mr).asLong();
        return new MergeRequestInfo(
                mr.iid(),
                required(json, "source_branch", mr).asText(),
                required(json, "target_branch", mr).asText(),
                head(json, mr),
                json.path("source_project_id").asLong(target),
                target,
                labels);
    }

    /**
     * Opens the follow-up merge request, or updates the title and description of the open one from an earlier run.
     */
    public FollowUp openFollowUp(FollowUpRequest request) {
        String listedIn = request.targetProjectId().map(String::valueOf).orElse(request.project());
        HttpUrl search = api.url("projects", listedIn, "merge_requests")
                .newBuilder()
                .addQueryParameter("state", "opened")
                .addQueryParameter("source_branch", request.sourceBranch())
                .addQueryParameter("target_branch", request.targetBranch())
                .build();
        List<JsonNode> open = api.getAll(search);
        ObjectNode body = Json.object();
        body.put("title", request.title());
        body.put("description", request.description());
        if (!open.isEmpty()) {
            JsonNode existing = open.get(0);
            JsonNode updated = api.put(
                    api.url(
                            "projects",
                            listedIn,
                            "merge_requests",
                            existing.path("iid").asText()),
                    body);
            return followUp(updated.has("iid") ? updated : existing, true);
        }
        body.put("source_branch", request.sourceBranch());
        body.put("target_branch", request.targetBranch());
        request.targetProjectId().ifPresent(id -> body.put("target_project_id", id));
        body.put("remove_source_branch", true);
        return followUp(api.post(api.url("projects", request.project(), "merge_requests"), body), false);
    }

    private static FollowUp followUp(JsonNode json, boolean reused) {
        int iid = json.path("iid").asInt();
        if (iid <= 0) {
            throw new GitLabException(
                    Problem.MALFORMED,
                    200,
                    "GitLab returned a merge request without an iid: " + Json.abbreviate(Json.write(json)));
        }
        return new FollowUp(iid, json.path("web_url").asText(""), reused);
    }

    /** The head: {@code sha}, or the latest version's {@code diff_refs.head_sha} in a reply that lacks it. */
    private static String head(JsonNode json, MergeRequestId mr) {
        String sha =
                json.path("sha").asText(json.path("diff_refs").path("head_sha").asText(""));
        if (sha.isEmpty()) {
            throw new GitLabException(Problem.MALFORMED, 200, "merge request " + mr + " has no sha in GitLab's reply");
        }
        return sha;
    }

    private static JsonNode required(JsonNode json, String field, MergeRequestId mr) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            throw new GitLabException(
                    Problem.MALFORMED, 200, "merge request " + mr + " has no " + field + " in GitLab's reply");
        }
        return value;
    }
}
