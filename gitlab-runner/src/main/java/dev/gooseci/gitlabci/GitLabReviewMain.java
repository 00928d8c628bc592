package dev.gooseci.gitlabci;

import dev.gooseci.cli.ExitCode;
import dev.gooseci.diff.ChangeSourceException;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.review.ReviewJob;
import dev.gooseci.scm.gitlab.GitLabException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code goose-gitlab-review}, the command the GitLab CI template runs: reviews the merge request of a merge request
 * pipeline and publishes to it; outside one, reviews {@code CI_COMMIT_BEFORE_SHA..CI_COMMIT_SHA} and only writes the
 * reports, or skips when {@code GOOSE_SKIP_OUTSIDE_MR} is true. Exits with {@code goose-ci}'s codes: 0 passed, 1 the
 * gate failed, 2 bad input (variables, token, merge request, clone), 3 the model or GitLab failed, 4 a budget stopped
 * the run, 70 a bug.
 */
public final class GitLabReviewMain {
    private GitLabReviewMain() {}

    public static void main(String[] args) {
        System.exit(run(System.getenv(), System.out, System.err));
    }

    /** Runs the job in {@code env}, printing progress to {@code out} and failures to {@code err}; the exit code. */
    static int run(Map<String, String> env, PrintStream out, PrintStream err) {
        try {
            JobSettings job = JobSettings.from(env);
            if (job.mergeRequest().isPresent()) {
                return new MergeRequestReview(job, env, out::println).run();
            }
            if (job.skipOutsideMr()) {
                out.println("goose-ci: skipped: pipeline source '" + job.pipelineSource() + "' is not a merge request"
                        + " pipeline, and GOOSE_SKIP_OUTSIDE_MR is true");
                return ExitCode.SUCCESS.code();
            }
            return PushReview.run(job, env, out::println);
        } catch (RuntimeException e) {
            return fail(e, err);
        }
    }

    /** Says why a job failed on {@code err}, with the stack trace when it is a bug; the exit code. */
    static int fail(RuntimeException e, PrintStream err) {
        err.println("goose-ci: " + describe(e));
        if (exitCode(e) == ExitCode.INTERNAL_ERROR.code()) {
            e.printStackTrace(err);
        }
        return exitCode(e);
    }

    /** The exit code of a review that ran to its end. */
    static int exitCode(ReviewJob.Status status) {
        switch (status) {
            case GATE_FAILED:
                return ExitCode.GATE_FAILED.code();
            case PROVIDER_FAILED:
                return ExitCode.PROVIDER_ERROR.code();
            case INCOMPLETE:
                return ExitCode.BUDGET_STOP.code();
            default:
                return ExitCode.SUCCESS.code();
        }
    }

    static int exitCode(RuntimeException e) {
        if (e instanceof GitLabException) {
            GitLabException.Problem problem = ((GitLabException) e).problem();
            return problem == GitLabException.Problem.UNAVAILABLE || problem == GitLabException.Problem.MALFORMED
                    ? ExitCode.PROVIDER_ERROR.code()
                    : ExitCode.BAD_INPUT.code();
        }
        if (e instanceof ProviderException) {
            return ExitCode.PROVIDER_ERROR.code();
        }
        if (e instanceof IllegalArgumentException
                || e instanceof UncheckedIOException
                || e instanceof ChangeSourceException) {
            return ExitCode.BAD_INPUT.code();
        }
        return ExitCode.INTERNAL_ERROR.code();
    }

    private static String describe(RuntimeException e) {
        if (e instanceof ChangeSourceException
                && ((ChangeSourceException) e).problem() != ChangeSourceException.Problem.NOT_A_REPOSITORY) {
            return e.getMessage() + " (in GitLab CI, set the job's variable GIT_DEPTH: \"0\" so that the clone has the"
                    + " base commit)";
        }
        if (exitCode(e) == ExitCode.INTERNAL_ERROR.code()) {
            return "internal error, please report it with the stack trace below: " + e;
        }
        return e.getMessage();
    }
}
