package dev.gooseci.testgen;

import dev.gooseci.ci.BuildResult;
import dev.gooseci.ci.JenkinsTestGenOutcome;
import dev.gooseci.ci.JenkinsTestGenPlan;
import dev.gooseci.diff.ChangeSourceException;
import dev.gooseci.diff.GitChangeSource;
import dev.gooseci.provider.ProviderException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code gooseGenerateTests} step's work, as it runs on the Jenkins agent that holds the workspace: run
 * {@link TestGenJob} for the plan and answer the build result. Kept tests are the goal, not a condition: no kept test
 * gives the plan's {@code onNoTests} (SUCCESS unless the step asks otherwise); only a run that could not work (no
 * Maven build, an unreadable change, a failed model, bad input) is a FAILURE, with the reason as its summary.
 */
public final class JenkinsTestGen {
    private JenkinsTestGen() {}

    /**
     * Generates tests in {@code workspace} and lands them as the plan says.
     *
     * @param env the build's environment with the looked-up secrets ({@link JenkinsTestGenPlan#coreEnv})
     * @param lines the build log, one line at a time
     */
    public static JenkinsTestGenOutcome run(
            Path workspace, JenkinsTestGenPlan plan, Map<String, String> env, Consumer<String> lines) {
        plan.notes().forEach(lines);
        JenkinsTestGenOutcome outcome = outcome(workspace, plan, env, lines);
        lines.accept("Goose CI: build result " + outcome.result() + " (" + outcome.summary() + ").");
        return outcome;
    }

    private static JenkinsTestGenOutcome outcome(
            Path workspace, JenkinsTestGenPlan plan, Map<String, String> env, Consumer<String> lines) {
        try {
            if (plan.targets().isEmpty() && nothingChanged(workspace, plan.base())) {
                return JenkinsTestGenOutcome.stopped(
                        BuildResult.SUCCESS, "nothing to test: no Java source under src/main/java changed");
            }
            TestGenReport report = TestGenJob.run(request(workspace, plan, env), lines);
            int kept = report.kept().size();
            if (kept > 0 && plan.followUpInto().isPresent()) {
                lines.accept("Goose CI: open a pull request from "
                        + plan.pushBranch().orElseThrow() + " into "
                        + plan.followUpInto().get() + " to review the kept tests.");
            }
            return new JenkinsTestGenOutcome(
                    kept > 0 ? BuildResult.SUCCESS : plan.onNoTests(),
                    report.funnel().line(),
                    kept,
                    report.files(),
                    kept == 0 ? "no test kept" : kept + (kept == 1 ? " test kept" : " tests kept"));
        } catch (BuildException e) {
            return failed("the build cannot run: " + e.getMessage());
        } catch (ChangeSourceException e) {
            return failed("cannot read the change: " + e.getMessage());
        } catch (ProviderException e) {
            return failed("the model failed: " + e.getMessage());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return failed(e.getMessage());
        }
    }

    /** The request {@link TestGenJob} runs; a relative replay transcript is read from the workspace. */
    static TestGenRequest request(Path workspace, JenkinsTestGenPlan plan, Map<String, String> env) {
        return new TestGenRequest(
                workspace,
                plan.base(),
                plan.targets(),
                plan.replay().map(workspace::resolve),
                plan.maxCostUsd(),
                plan.commit(),
                plan.pushBranch().map(branch -> new TestGenRequest.PushTarget(JenkinsTestGenPlan.REMOTE, branch)),
                env,
                plan.flags());
    }

    /**
     * Whether the change touches no production source, read as {@link TestGenJob} reads it: then there is nothing to
     * test, and the step spares the agent the project's baseline build.
     */
    private static boolean nothingChanged(Path workspace, Optional<String> base) {
        try (GitChangeSource source = GitChangeSource.open(workspace)) {
            return ChangedLines.of(source.diff(base.orElseGet(source::defaultBase), "HEAD"))
                    .isEmpty();
        }
    }

    private static JenkinsTestGenOutcome failed(String reason) {
        return JenkinsTestGenOutcome.stopped(BuildResult.FAILURE, reason);
    }
}
