package dev.gooseci.scm.gitlab;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A follow-up merge request that proposes generated tests to another merge request's source branch.
 *
 * @param project the project holding {@code sourceBranch} (id or full path), where the bot pushed its branch
 * @param sourceBranch the bot's branch with the tests commit
 * @param targetBranch the original merge request's source branch
 * @param targetProjectId the project of {@code targetBranch} when it is another one (a fork); empty for the same
 * @param title the title
 * @param description the Markdown description, such as the funnel of the run
 */
public record FollowUpRequest(
        String project,
        String sourceBranch,
        String targetBranch,
        Optional<Long> targetProjectId,
        String title,
        String description) {

    public FollowUpRequest {
        requireNonNull(project, "project");
        requireNonNull(sourceBranch, "sourceBranch");
        requireNonNull(targetBranch, "targetBranch");
        requireNonNull(targetProjectId, "targetProjectId");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
    }
}
