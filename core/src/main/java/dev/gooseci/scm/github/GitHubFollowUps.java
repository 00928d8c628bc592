package dev.gooseci.scm.github;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Opens the follow-up pull request that proposes Goose CI's tests for a pull request, or updates the one an earlier
 * run opened: the follow-up branch is stable per pull request, so GitHub is first asked for an open pull request from
 * it. Needs {@code pull-requests: write}, and on GitHub Actions the repository (or organization) setting "Allow GitHub
 * Actions to create and approve pull requests".
 */
public final class GitHubFollowUps {
    private final GitHubConnection github;

    public GitHubFollowUps(GitHubConnection github) {
        this.github = requireNonNull(github, "github");
    }

    /**
     * Opens (or updates) the pull request from {@code branch} of this repository into {@code base}.
     *
     * @param branch the follow-up branch, already pushed to this repository
     * @param base the branch the tests are for: the original pull request's head branch
     * @throws GitHubApiException when GitHub refuses, with what to change
     */
    public FollowUpPullRequest open(String branch, String base, String title, String body) {
        requireNonNull(branch, "branch");
        requireNonNull(base, "base");
        ObjectNode request = Json.object().put("title", title).put("body", body);
        String head = github.owner() + ":" + branch;
        List<JsonNode> open = github.rest()
                .getAll(github.repoPath() + "/pulls?state=open&head="
                        + URLEncoder.encode(head, StandardCharsets.UTF_8));
        try {
            if (!open.isEmpty()) {
                int number = open.get(0).path("number").asInt();
                return read(github.rest().patch(github.repoPath() + "/pulls/" + number, request), true);
            }
            request.put("head", branch).put("base", base);
            return read(github.rest().post(github.repoPath() + "/pulls", request), false);
        } catch (GitHubApiException e) {
            if (e.status() == 403) {
                throw new GitHubApiException(
                        e.getMessage() + "; give the workflow 'pull-requests: write' and, on GitHub Actions, turn on"
                                + " 'Allow GitHub Actions to create and approve pull requests' (Settings > Actions >"
                                + " General), or set 'landing: push' or 'landing: off'",
                        e.status(),
                        e);
            }
            throw e;
        }
    }

    private static FollowUpPullRequest read(JsonNode pr, boolean reused) {
        int number = pr.path("number").asInt(0);
        if (number <= 0) {
            throw new GitHubApiException(
                    "GitHub returned a pull request without a number: " + Json.abbreviate(Json.write(pr)), 0, null);
        }
        return new FollowUpPullRequest(number, Json.text(pr, "html_url", ""), reused);
    }
}
