package dev.gooseci.scm.gitlab;

import static java.util.Objects.requireNonNull;

/**
 * The follow-up merge request after {@link GitLabMergeRequests#openFollowUp}.
 *
 * @param iid its number in its target project
 * @param webUrl where people open it
 * @param reused an open one from an earlier run was updated instead of opening a second
 */
public record FollowUp(int iid, String webUrl, boolean reused) {
    public FollowUp {
        requireNonNull(webUrl, "webUrl");
    }
}
