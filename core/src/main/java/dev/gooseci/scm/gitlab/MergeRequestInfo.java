package dev.gooseci.scm.gitlab;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * What test generation needs to know about a merge request to decide where its tests go.
 *
 * @param iid the merge request's number in its target project
 * @param sourceBranch the branch with the change
 * @param targetBranch the branch it merges into
 * @param headSha the source branch's head commit
 * @param sourceProjectId the project holding the source branch
 * @param targetProjectId the project the merge request belongs to
 * @param labels the merge request's labels
 */
public record MergeRequestInfo(
        int iid,
        String sourceBranch,
        String targetBranch,
        String headSha,
        long sourceProjectId,
        long targetProjectId,
        Set<String> labels) {

    public MergeRequestInfo {
        requireNonNull(sourceBranch, "sourceBranch");
        requireNonNull(targetBranch, "targetBranch");
        requireNonNull(headSha, "headSha");
        labels = Set.copyOf(requireNonNull(labels, "labels"));
    }

    /** Whether the source branch lives in a fork rather than in the target project. */
    public boolean fromFork() {
        return sourceProjectId != targetProjectId;
    }
}
