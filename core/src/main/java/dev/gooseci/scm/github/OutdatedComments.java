package dev.gooseci.scm.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tidies our own comments whose finding is gone: a comment nobody answered is deleted; one with replies keeps the
 * conversation and its thread is resolved (GraphQL {@code resolveReviewThread}; REST has no such call).
 */
final class OutdatedComments {
    static final String THREADS = "query($owner: String!, $name: String!, $number: Int!, $after: String) {"
            + " repository(owner: $owner, name: $name) { pullRequest(number: $number) {"
            + " reviewThreads(first: 100, after: $after) { pageInfo { hasNextPage endCursor }"
            + " nodes { id isResolved comments(first: 1) { nodes { databaseId } } } } } } }";
    static final String RESOLVE =
            "mutation($thread: ID!) { resolveReviewThread(input: {threadId: $thread}) { thread { id isResolved } } }";

    private final GitHubRest rest;
    private final GitHubConnection github;
    private final int number;

    OutdatedComments(GitHubRest rest, GitHubConnection github, int number) {
        this.rest = rest;
        this.github = github;
        this.number = number;
    }

    /** @return how many comments were deleted or had their thread resolved */
    int tidy(PostedComments posted, List<PostedComments.OwnComment> outdated) {
        int done = 0;
        Map<Long, JsonNode> threads = null;
        for (PostedComments.OwnComment comment : outdated) {
            if (!posted.hasReplies(comment)) {
                rest.delete(github.repoPath() + "/pulls/comments/" + comment.id());
                done++;
                continue;
            }
            if (threads == null) {
                threads = threadsByFirstComment();
            }
            JsonNode thread = threads.get(comment.id());
            if (thread != null && !thread.path("isResolved").asBoolean()) {
                ObjectNode variables = Json.object();
                variables.put("thread", thread.path("id").asText());
                rest.graphql(RESOLVE, variables);
                done++;
            }
        }
        return done;
    }

    private Map<Long, JsonNode> threadsByFirstComment() {
        Map<Long, JsonNode> threads = new HashMap<>();
        String after = null;
        do {
            ObjectNode variables = Json.object();
            variables.put("owner", github.owner());
            variables.put("name", github.name());
            variables.put("number", number);
            if (after == null) {
                variables.putNull("after");
            } else {
                variables.put("after", after);
            }
            JsonNode page = rest.graphql(THREADS, variables)
                    .path("repository")
                    .path("pullRequest")
                    .path("reviewThreads");
            for (JsonNode thread : page.path("nodes")) {
                JsonNode first = thread.path("comments").path("nodes").path(0);
                if (first.has("databaseId")) {
                    threads.put(first.path("databaseId").asLong(), thread);
                }
            }
            after = page.path("pageInfo").path("hasNextPage").asBoolean()
                    ? page.path("pageInfo").path("endCursor").asText()
                    : null;
        } while (after != null);
        return threads;
    }
}
