package dev.gooseci.review;

import dev.gooseci.ci.BuildResult;
import dev.gooseci.ci.ChangePlatform;
import dev.gooseci.ci.ChangeUrl;
import dev.gooseci.ci.JenkinsStepPlan;
import dev.gooseci.ci.JenkinsStepPlanner;
import dev.gooseci.config.Secret;
import dev.gooseci.diff.ChangeSet;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.provider.HttpTimeouts;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.report.ReviewReport;
import dev.gooseci.scm.ChangeRequest;
import dev.gooseci.scm.PublishOptions;
import dev.gooseci.scm.PublishedReview;
import dev.gooseci.scm.github.GitHubChangeSource;
import dev.gooseci.scm.github.GitHubConnection;
import dev.gooseci.scm.github.GitHubPublisher;
import dev.gooseci.scm.gitlab.GitLabApi;
import dev.gooseci.scm.gitlab.GitLabChangeSource;
import dev.gooseci.scm.gitlab.GitLabPublisher;
import dev.gooseci.scm.gitlab.MergeRequestId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code gooseReview} step's work, as it runs on the Jenkins agent that holds the workspace: review with
 * {@link ReviewJob}, publish to the change request the plan names, and answer the build result. The Jenkins plugin
 * only builds the plan and the environment and calls {@link #run}.
 */
public final class JenkinsReview {
    private JenkinsReview() {}

    /**
     * Reviews {@code workspace} and publishes.
     *
     * @param env the build's environment with the looked-up secrets ({@link JenkinsStepPlan#coreEnv})
     * @param lines the build log, one line at a time
     */
    public static BuildResult run(
            Path workspace, JenkinsStepPlan plan, Map<String, String> env, Consumer<String> lines) {
        plan.notes().forEach(lines);
        ReviewRequest request = new ReviewRequest(
                workspace,
                Optional.empty(),
                "HEAD",
                false,
                plan.fork(),
                Optional.empty(),
                plan.formats(),
                Optional.empty(),
                plan.gate(),
                4,
                plan.maxCostUsd(),
                false,
                plan.replay().map(workspace::resolve),
                env,
                plan.flags());
        ReviewJob.Outcome outcome = ReviewJob.run(request, lines);
        if (plan.publishTo().isPresent() && outcome.result().isPresent()) {
            PublishedReview published =
                    publish(plan.publishTo().get(), outcome.result().get().report(), workspace, env);
            lines.accept("Published: " + published.posted() + " new inline comments, " + published.alreadyThere()
                    + " already there, " + published.resolved() + " resolved; " + String.join(" ", published.links()));
        }
        BuildResult result = result(outcome.status(), plan.onGateFailure());
        lines.accept("Goose CI: build result " + result + " (" + outcome.status() + ").");
        return result;
    }

    /** A failed gate gives the step's choice; a model that failed, FAILURE; a budget stop, UNSTABLE. */
    static BuildResult result(ReviewJob.Status status, BuildResult onGateFailure) {
        switch (status) {
            case GATE_FAILED:
                return onGateFailure;
            case PROVIDER_FAILED:
                return BuildResult.FAILURE;
            case INCOMPLETE:
                return BuildResult.UNSTABLE;
            default:
                return BuildResult.SUCCESS;
        }
    }

    private static PublishedReview publish(
            ChangeUrl change, ReviewReport report, Path workspace, Map<String, String> env) {
        Secret token = Secret.of(env.getOrDefault(JenkinsStepPlanner.tokenVariable(change.platform()), ""));
        SecretRedactor redactor = SecretRedactor.forRun(List.of(token), env);
        if (change.platform() == ChangePlatform.GITHUB) {
            GitHubConnection github =
                    GitHubConnection.of(change.apiUrl(), "", change.repository(), token, RetryPolicy.defaults());
            ChangeRequest request = new GitHubChangeSource(github, change.number(), workspace).read();
            return new GitHubPublisher(github, redactor::redact).publish(request, report, PublishOptions.defaults());
        }
        GitLabApi api = GitLabApi.create(change.apiUrl(), token, HttpTimeouts.defaults(), RetryPolicy.defaults());
        MergeRequestId mr = new MergeRequestId(change.repository(), change.number());
        GitLabChangeSource source = new GitLabChangeSource(api, mr, workspace);
        ChangeRequest request = source.read();
        ChangeSet changes = source.changes(request);
        return new GitLabPublisher(api, mr, changes, redactor::redact)
                .publish(request, report, PublishOptions.defaults());
    }
}
