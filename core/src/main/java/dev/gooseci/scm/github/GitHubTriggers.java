package dev.gooseci.scm.github;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The calls a host makes before a review someone asked for in a comment or by dispatching a workflow: may that
 * person ask (their permission on the repository), and an acknowledgement on their comment. The pull request itself
 * is read with {@link GitHubChangeSource#readPullRequest()}.
 */
public final class GitHubTriggers {
    private final GitHubConnection github;

    public GitHubTriggers(GitHubConnection github) {
        this.github = requireNonNull(github, "github");
    }

    /**
     * The permission {@code login} has on the repository. GitHub answers 404 to a login it does not know, which reads
     * as {@link RepositoryPermission#NONE}; other errors throw {@link GitHubApiException}.
     */
    public RepositoryPermission permission(String login) {
        requireNonNull(login, "login");
        if (login.isBlank()) {
            return RepositoryPermission.NONE;
        }
        String path = github.repoPath() + "/collaborators/"
                + URLEncoder.encode(login, StandardCharsets.UTF_8).replace("+", "%20") + "/permission";
        JsonNode reply;
        try {
            reply = github.rest().get(path);
        } catch (GitHubApiException e) {
            if (e.status() == 404) {
                return RepositoryPermission.NONE;
            }
            throw e;
        }
        return new RepositoryPermission(Json.text(reply, "permission", "none"), Json.text(reply, "role_name", ""));
    }

    /**
     * Reacts to the issue comment {@code commentId} with {@code content} (such as {@code eyes}), to say the request
     * was seen. Needs {@code issues: write} or {@code pull-requests: write}.
     */
    public void react(long commentId, String content) {
        requireNonNull(content, "content");
        github.rest()
                .post(
                        github.repoPath() + "/issues/comments/" + commentId + "/reactions",
                        Json.object().put("content", content));
    }
}
