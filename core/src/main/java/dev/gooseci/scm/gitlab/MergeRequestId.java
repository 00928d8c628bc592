package dev.gooseci.scm.gitlab;

import static java.util.Objects.requireNonNull;

/**
 * Which merge request to read and publish to.
 *
 * @param project the project's numeric id ({@code CI_PROJECT_ID}) or its full path such as {@code group/project}; a
 *     path is URL-encoded when it goes into a request
 * @param iid the merge request's number within the project ({@code CI_MERGE_REQUEST_IID})
 */
public record MergeRequestId(String project, int iid) {

    public MergeRequestId {
        requireNonNull(project, "project");
        if (project.isBlank()) {
            throw new IllegalArgumentException(
                    "the GitLab project is blank: set CI_PROJECT_ID (or give the project's path, like group/project)");
        }
        if (iid <= 0) {
            throw new IllegalArgumentException(
                    "a merge request iid is positive, was " + iid + ": set CI_MERGE_REQUEST_IID");
        }
    }

    /** The path segments of this merge request's endpoint, followed by {@code more}. */
    String[] path(String... more) {
        String[] segments = new String[4 + more.length];
        segments[0] = "projects";
        segments[1] = project;
        segments[2] = "merge_requests";
        segments[3] = Integer.toString(iid);
        System.arraycopy(more, 0, segments, 4, more.length);
        return segments;
    }

    @Override
    public String toString() {
        return project + "!" + iid;
    }
}
