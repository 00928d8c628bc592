package dev.gooseci.gitlabci;

import dev.gooseci.cli.ExitCode;
import dev.gooseci.testgen.BuildException;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code goose-gitlab-tests}, the command {@code templates/goose-tests.gitlab-ci.yml} runs: in a merge request
 * pipeline, generates unit tests for the changed Java code, keeps the proven ones, and lands them as {@code
 * GOOSE_TESTS_LANDING} says (a follow-up merge request by default). Exits with the review's codes: 0 done (or skipped),
 * 2 bad input (variables, token, project, push refused), 3 the model or GitLab failed, 70 a bug.
 */
public final class GitLabTestGenMain {
    private GitLabTestGenMain() {}

    public static void main(String[] args) {
        System.exit(run(System.getenv(), System.out, System.err));
    }

    /** Runs the job in {@code env}, printing progress to {@code out} and failures to {@code err}; the exit code. */
    static int run(Map<String, String> env, PrintStream out, PrintStream err) {
        try {
            TestGenSettings settings = TestGenSettings.from(env);
            if (settings.job().mergeRequest().isEmpty()) {
                out.println(
                        "goose-ci: skipped: pipeline source '" + settings.job().pipelineSource()
                                + "' is not a merge request pipeline; test generation lands its tests on a merge request");
                return ExitCode.SUCCESS.code();
            }
            return new MergeRequestTests(settings, env, out::println).run();
        } catch (BuildException e) {
            err.println("goose-ci: " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        } catch (RuntimeException e) {
            return GitLabReviewMain.fail(e, err);
        }
    }
}
