package dev.gooseci.testgen;

import dev.gooseci.ci.BuildResult;
import dev.gooseci.ci.ChangeUrl;
import dev.gooseci.ci.JenkinsTestGenOutcome;
import dev.gooseci.ci.JenkinsTestGenPlan;
import dev.gooseci.ci.JenkinsTestGenPlanner;
import dev.gooseci.config.Secret;
import dev.gooseci.diff.ChangeSourceException;
import dev.gooseci.diff.GitChangeSource;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.scm.github.GitHubApiException;
import dev.gooseci.scm.gitlab.GitLabException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

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
            Optional<Landing> landing = landing(plan);
            if (landing.isPresent()) {
                Optional<String> stop = pushBlocker(workspace);
                if (stop.isPresent()) {
                    return JenkinsTestGenOutcome.stopped(
                            stop.get().startsWith("skipped") ? BuildResult.SUCCESS : BuildResult.FAILURE, stop.get());
                }
            }
            TestGenReport report = TestGenJob.run(request(workspace, plan, env), lines);
            int kept = report.kept().size();
            Optional<String> token = Optional.ofNullable(env.get(JenkinsTestGenPlanner.PUSH_TOKEN))
                    .filter(t -> !t.isBlank());
            Optional<CommitResult> pushed = landing.isEmpty()
                    ? Optional.empty()
                    : TestLanding.land(
                            workspace,
                            report.files(),
                            report.commitMessage(),
                            landing.get(),
                            head(workspace).name(),
                            JenkinsTestGenPlan.REMOTE,
                            token.map(t -> new UsernamePasswordCredentialsProvider("x-access-token", t)),
                            line -> lines.accept("Goose CI: " + line));
            if (pushed.isPresent() && plan.followUpInto().isPresent()) {
                followUp(plan, env, token, report, lines);
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
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            return failed(e.getMessage());
        }
    }

    /**
     * Opens (or updates) the follow-up on the platform {@code CHANGE_URL} names, with the push token; without a
     * GitHub or GitLab change URL, says which pull request to open.
     */
    private static void followUp(
            JenkinsTestGenPlan plan,
            Map<String, String> env,
            Optional<String> token,
            TestGenReport report,
            Consumer<String> lines) {
        String branch = plan.pushBranch().orElseThrow();
        String into = plan.followUpInto().orElseThrow();
        Optional<ChangeUrl> change = Optional.ofNullable(env.get("CHANGE_URL")).flatMap(ChangeUrl::parse);
        if (change.isEmpty() || token.isEmpty()) {
            lines.accept(
                    "Goose CI: open a pull request from " + branch + " into " + into + " to review the kept tests.");
            return;
        }
        try {
            String url = new FollowUps(RetryPolicy.defaults())
                    .open(change.get(), Secret.of(token.get()), branch, into, FunnelMarkdown.render(report));
            lines.accept("Goose CI: the kept tests are proposed in " + url);
        } catch (GitHubApiException | GitLabException e) {
            throw new IllegalStateException(
                    "the tests were pushed to " + branch + ", but the follow-up into " + into
                            + " could not be opened: " + e.getMessage() + "; the push token opens it, so it also needs"
                            + " pull-requests: write (GitHub) or the api scope (GitLab)",
                    e);
        }
    }

    /**
     * The request {@link TestGenJob} runs; a relative replay transcript is read from the workspace. The push token is
     * left out: the step lands the tests itself once the agent has finished, so the job never holds it.
     */
    static TestGenRequest request(Path workspace, JenkinsTestGenPlan plan, Map<String, String> env) {
        Map<String, String> jobEnv = new HashMap<>(env);
        jobEnv.remove(JenkinsTestGenPlanner.PUSH_TOKEN);
        return new TestGenRequest(
                workspace,
                plan.base(),
                plan.targets(),
                plan.replay().map(workspace::resolve),
                plan.maxCostUsd(),
                false,
                Optional.empty(),
                jobEnv,
                plan.flags(),
                true);
    }

    /**
     * The plan's push as every host lands tests: the change's own branch is never force-pushed; the bot's follow-up
     * branch is, so a re-run replaces its one tests commit instead of failing on the earlier run's.
     */
    static Optional<Landing> landing(JenkinsTestGenPlan plan) {
        return plan.pushBranch()
                .map(branch -> plan.followUpInto().isPresent()
                        ? new Landing(Landing.Kind.FOLLOW_UP, Optional.of(branch), true, "follow-up branch " + branch)
                        : new Landing(Landing.Kind.PUSH, Optional.of(branch), false, "the change's branch " + branch));
    }

    /**
     * Why the kept tests must not be pushed from this checkout, decided before the model spends anything: HEAD is
     * Goose CI's own tests commit (its push started this build; generating again would loop), or a merge of the
     * pull request with its target (the branch source's merge strategy), which would carry the target's commits
     * into the push.
     */
    static Optional<String> pushBlocker(Path workspace) {
        RevCommit head = head(workspace);
        if (head.getCommitterIdent().getEmailAddress().equals(TestCommitter.BOT.getEmailAddress())) {
            return Optional.of("skipped: the head commit " + head.name() + " is Goose CI's own tests commit");
        }
        if (head.getParentCount() > 1) {
            return Optional.of("cannot push the kept tests: the workspace is at " + head.name() + ", a merge of the"
                    + " pull request with its target, so the push would carry the target's commits too; set the"
                    + " branch source's 'Discover pull requests from origin' strategy to 'The current pull request"
                    + " revision', or use commit: none");
        }
        return Optional.empty();
    }

    private static RevCommit head(Path workspace) {
        Path top = LandedTests.repositoryRoot(workspace.toAbsolutePath().normalize());
        try (Repository repository =
                        new FileRepositoryBuilder().findGitDir(top.toFile()).build();
                RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve("HEAD");
            if (head == null) {
                throw new IllegalArgumentException("the workspace " + top + " has no commit to add the tests to");
            }
            return walk.parseCommit(head);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HEAD in " + top + ": " + e.getMessage(), e);
        }
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
