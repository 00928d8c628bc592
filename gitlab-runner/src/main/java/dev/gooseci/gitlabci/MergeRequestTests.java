package dev.gooseci.gitlabci;

import static java.util.Objects.requireNonNull;

import dev.gooseci.cli.ExitCode;
import dev.gooseci.config.Secret;
import dev.gooseci.provider.HttpTimeouts;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.scm.gitlab.FollowUp;
import dev.gooseci.scm.gitlab.FollowUpRequest;
import dev.gooseci.scm.gitlab.GitLabApi;
import dev.gooseci.scm.gitlab.GitLabMergeRequests;
import dev.gooseci.scm.gitlab.MergeRequestInfo;
import dev.gooseci.testgen.CommitResult;
import dev.gooseci.testgen.FollowUpText;
import dev.gooseci.testgen.FunnelMarkdown;
import dev.gooseci.testgen.Landing;
import dev.gooseci.testgen.LandingFacts;
import dev.gooseci.testgen.TestGenJob;
import dev.gooseci.testgen.TestGenReport;
import dev.gooseci.testgen.TestGenRequest;
import dev.gooseci.testgen.TestLanding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Test generation for a merge request pipeline: read the merge request's labels and origin, decide where the tests
 * go, let the agent work without any token in its environment, then commit the kept tests under the bot identity,
 * push them with {@code GOOSE_GITLAB_TOKEN}, and open (or update) the follow-up merge request.
 */
final class MergeRequestTests {
    private final TestGenSettings settings;
    private final JobSettings.MergeRequest mr;
    private final Map<String, String> env;
    private final Consumer<String> lines;

    MergeRequestTests(TestGenSettings settings, Map<String, String> env, Consumer<String> lines) {
        this.settings = requireNonNull(settings, "settings");
        this.mr = settings.job().mergeRequest().orElseThrow();
        this.env = Map.copyOf(env);
        this.lines = requireNonNull(lines, "lines");
    }

    int run() {
        JobSettings job = settings.job();
        Secret token = job.token().orElseThrow(() -> new IllegalArgumentException(missingToken(job.jobTokenPresent())));
        GitLabMergeRequests mergeRequests = new GitLabMergeRequests(
                GitLabApi.create(mr.apiUrl(), token, HttpTimeouts.defaults(), RetryPolicy.defaults()));
        MergeRequestInfo info = mergeRequests.read(mr.id());
        Landing landing = Landing.decide(new LandingFacts(
                info.fromFork(),
                info.sourceBranch(),
                info.iid(),
                info.headSha(),
                info.labels(),
                TestLanding.headByBot(job.projectDir()),
                settings.landing()));
        lines.accept("goose-ci: " + landing.reason());
        if (landing.kind() == Landing.Kind.SKIP) {
            return ExitCode.SUCCESS.code();
        }
        lines.accept("goose-ci: generating tests for merge request " + mr.id() + " (" + info.sourceBranch() + " at "
                + info.headSha() + ")");
        TestGenReport report = TestGenJob.run(
                new TestGenRequest(
                        job.projectDir(),
                        mr.diffBaseSha(),
                        List.of(),
                        job.replay(),
                        Optional.empty(),
                        false,
                        Optional.empty(),
                        ReviewRequests.agentEnv(env),
                        Map.of(),
                        true),
                line -> lines.accept("goose-ci: " + line));
        Optional<CommitResult> pushed = land(landing, info, token, report);
        if (pushed.isPresent() && landing.kind() == Landing.Kind.FOLLOW_UP) {
            FollowUp followUp = mergeRequests.openFollowUp(new FollowUpRequest(
                    mr.id().project(),
                    landing.branch().orElseThrow(),
                    info.sourceBranch(),
                    info.fromFork() ? Optional.of(info.sourceProjectId()) : Optional.empty(),
                    FollowUpText.title("!" + info.iid()),
                    FollowUpText.body(
                            "!" + info.iid(), info.sourceBranch(), info.headSha(), FunnelMarkdown.render(report))));
            lines.accept("goose-ci: " + (followUp.reused() ? "updated" : "opened") + " the follow-up merge request !"
                    + followUp.iid() + " " + followUp.webUrl());
        }
        return ExitCode.SUCCESS.code();
    }

    private Optional<CommitResult> land(Landing landing, MergeRequestInfo info, Secret token, TestGenReport report) {
        String remote = landing.branch().isPresent() ? settings.requirePushUrl() : "none";
        try {
            return TestLanding.land(
                    settings.job().projectDir(),
                    report.files(),
                    report.commitMessage(),
                    landing,
                    info.headSha(),
                    remote,
                    Optional.of(new UsernamePasswordCredentialsProvider("goose-ci", token.reveal())),
                    line -> lines.accept("goose-ci: " + line));
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(
                    e.getMessage() + "; to push, " + JobSettings.TOKEN + " needs the write_repository scope and a role"
                            + " that may push to " + landing.branch().orElseThrow()
                            + " (Developer, or Maintainer for a protected branch)",
                    e);
        }
    }

    /** Why there is no token: CI_JOB_TOKEN cannot open merge requests, and pushes with it are off by default. */
    static String missingToken(boolean jobTokenPresent) {
        String create = "create a project or group access token with the api and write_repository scopes (role"
                + " Developer or higher) and store it as a masked CI/CD variable named " + JobSettings.TOKEN
                + " (Settings > CI/CD > Variables); its user authors the follow-up merge requests, so give it a bot's"
                + " name";
        if (jobTokenPresent) {
            return JobSettings.TOKEN + " is not set, and only CI_JOB_TOKEN is present: CI_JOB_TOKEN cannot open merge"
                    + " requests through the API, and pushing with it is off by default (and then starts no pipeline),"
                    + " so it cannot land tests; " + create;
        }
        return JobSettings.TOKEN + " is not set: " + create;
    }
}
