package dev.gooseci.scm.github;

import static java.util.Objects.requireNonNull;

/**
 * The pull request that carries Goose CI's tests for another pull request, as {@link GitHubFollowUps} left it.
 *
 * @param number its number
 * @param url its web page
 * @param reused whether it was already open (its title and body were updated) rather than opened now
 */
public record FollowUpPullRequest(int number, String url, boolean reused) {
    public FollowUpPullRequest {
        requireNonNull(url, "url");
        if (number <= 0) {
            throw new IllegalArgumentException("a pull request number is positive, was " + number);
        }
    }
}
