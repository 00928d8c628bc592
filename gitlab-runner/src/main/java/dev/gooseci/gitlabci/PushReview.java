package dev.gooseci.gitlabci;

import dev.gooseci.diff.ChangeSourceException;
import dev.gooseci.review.ReviewJob;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A pipeline that is not for a merge request: reviews the pushed commits, {@code CI_COMMIT_BEFORE_SHA..CI_COMMIT_SHA},
 * and only writes the reports, since there is nothing to post to. A new branch has no before commit, so it is compared
 * with its merge base with the default branch; when the clone cannot tell that either, the job skips and says why.
 */
final class PushReview {
    private PushReview() {}

    static int run(JobSettings job, Map<String, String> env, Consumer<String> lines) {
        if (job.beforeSha().isPresent()) {
            lines.accept("goose-ci: not a merge request pipeline: reviewing "
                    + job.beforeSha().get() + ".." + job.commitSha() + " and writing reports only");
            return finish(ReviewJob.run(ReviewRequests.of(job, job.beforeSha(), job.commitSha(), false, env), lines));
        }
        lines.accept("goose-ci: a new branch (no CI_COMMIT_BEFORE_SHA): reviewing " + job.commitSha()
                + " against its merge base with the default branch, writing reports only");
        try {
            return finish(ReviewJob.run(ReviewRequests.of(job, Optional.empty(), job.commitSha(), false, env), lines));
        } catch (ChangeSourceException e) {
            lines.accept("goose-ci: skipped: a new branch, and its merge base with the default branch is not in this"
                    + " clone (" + e.getMessage() + "); set GIT_DEPTH: \"0\" to review new branches");
            return 0;
        }
    }

    private static int finish(ReviewJob.Outcome outcome) {
        return GitLabReviewMain.exitCode(outcome.status());
    }
}
