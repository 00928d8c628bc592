package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import dev.gooseci.ci.ChangePlatform;
import dev.gooseci.ci.ChangeUrl;
import dev.gooseci.config.Secret;
import dev.gooseci.provider.HttpTimeouts;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.scm.github.FollowUpPullRequest;
import dev.gooseci.scm.github.GitHubConnection;
import dev.gooseci.scm.github.GitHubFollowUps;
import dev.gooseci.scm.gitlab.FollowUp;
import dev.gooseci.scm.gitlab.FollowUpRequest;
import dev.gooseci.scm.gitlab.GitLabApi;
import dev.gooseci.scm.gitlab.GitLabMergeRequests;
import java.util.Optional;

/**
 * Opens, or updates, the follow-up pull or merge request of pushed tests on the platform a change request's web page
 * names: for hosts that know the change only by its URL (Jenkins' {@code CHANGE_URL}). The GitHub Action and the
 * GitLab job call their platform's API directly.
 */
final class FollowUps {
    private final RetryPolicy retry;

    FollowUps(RetryPolicy retry) {
        this.retry = requireNonNull(retry, "retry");
    }

    /**
     * @param change the original change request
     * @param token a token that may open pull requests (GitHub {@code pull-requests: write}) or merge requests
     *     (GitLab {@code api} scope) in {@code change}'s repository
     * @param branch the pushed follow-up branch, in that repository
     * @param into the branch the tests are for
     * @return the follow-up's web page
     */
    String open(ChangeUrl change, Secret token, String branch, String into, String body) {
        if (change.platform() == ChangePlatform.GITHUB) {
            GitHubConnection github = GitHubConnection.of(change.apiUrl(), "", change.repository(), token, retry);
            FollowUpPullRequest pr =
                    new GitHubFollowUps(github).open(branch, into, FollowUpText.title("#" + change.number()), body);
            return pr.url();
        }
        GitLabApi api = GitLabApi.create(change.apiUrl(), token, HttpTimeouts.defaults(), retry);
        FollowUp mr = new GitLabMergeRequests(api)
                .openFollowUp(new FollowUpRequest(
                        change.repository(),
                        branch,
                        into,
                        Optional.empty(),
                        FollowUpText.title("!" + change.number()),
                        body));
        return mr.webUrl();
    }
}
