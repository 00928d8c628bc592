package dev.gooseci.action;

import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.scm.ChangeRequest;
import dev.gooseci.scm.github.FollowUpPullRequest;
import dev.gooseci.scm.github.GitHubFollowUps;
import dev.gooseci.testgen.CommitResult;
import dev.gooseci.testgen.FollowUpText;
import dev.gooseci.testgen.FunnelMarkdown;
import dev.gooseci.testgen.Landing;
import dev.gooseci.testgen.LandingFacts;
import dev.gooseci.testgen.TestGenJob;
import dev.gooseci.testgen.TestGenReport;
import dev.gooseci.testgen.TestGenRequest;
import dev.gooseci.testgen.TestLanding;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * One admitted {@code generate-tests} run: refuse a fork's pull request, decide where the tests go, let the agent
 * work without the GitHub token in its environment, then commit the kept tests under the bot identity, push them with
 * the token and open (or update) the follow-up pull request. Test generation builds and runs the pull request's code,
 * so it never runs on a fork's head: on {@code pull_request_target}, {@code issue_comment} and
 * {@code workflow_dispatch} the run holds the repository's secrets, and on {@code pull_request} a fork's run gets no
 * secrets and a token that cannot push.
 */
final class TestsRun {
    /** The repository to push to instead of the workflow's; for tests, not an input. */
    static final String PUSH_URL = "GOOSE_PUSH_URL";

    private final Map<String, String> env;
    private final ActionInputs inputs;
    private final Trigger.Run run;
    private final StepFiles files;
    private final PrintStream out;
    private final Path workspace;

    TestsRun(Map<String, String> env, ActionInputs inputs, Trigger.Run run, StepFiles files, PrintStream out) {
        this.env = env;
        this.inputs = inputs;
        this.run = run;
        this.files = files;
        this.out = out;
        this.workspace = Path.of(env.getOrDefault("GITHUB_WORKSPACE", ".")).toAbsolutePath();
    }

    int call() {
        ChangeRequest pr = run.request();
        if (run.forked()) {
            return skip(forkRefusal(run.event()));
        }
        Landing landing = Landing.decide(new LandingFacts(
                false,
                pr.headRef(),
                pr.number(),
                pr.headSha(),
                run.labels(),
                TestLanding.headByBot(workspace),
                inputs.landing()));
        if (landing.kind() == Landing.Kind.SKIP) {
            return skip(landing.reason().replaceFirst("^skipped: ", ""));
        }
        out.println("goose-ci: " + landing.reason());
        if (landing.branch().isPresent()) {
            requireCheckoutAt(pr.headSha());
            if (inputs.githubToken().isEmpty()) {
                throw new IllegalArgumentException("no GitHub token to push the tests with: set input 'github-token'"
                        + " (default ${{ github.token }}) and give the workflow 'contents: write' and 'pull-requests:"
                        + " write', or set 'landing: off'");
            }
        }
        out.println("goose-ci: generating tests for pull request #" + pr.number() + " (" + pr.headRef() + " at "
                + pr.headSha() + ")");
        TestGenReport report = TestGenJob.run(
                new TestGenRequest(
                        workspace,
                        Optional.of(pr.baseSha()),
                        List.of(),
                        ActionRun.replay(env),
                        inputs.maxCost(),
                        false,
                        Optional.empty(),
                        ActionRun.agentEnv(env, inputs, workspace, pr.fromFork()),
                        ActionRun.flags(inputs),
                        true),
                line -> out.println("goose-ci: " + line));
        SecretRedactor redactor = SecretRedactor.forRun(ActionRun.secrets(inputs), Map.of());
        String funnel = redactor.redact(FunnelMarkdown.render(report));
        files.output("tests-kept", String.valueOf(report.kept().size()));
        files.summary(funnel);
        Optional<CommitResult> pushed = land(landing, report);
        if (pushed.isPresent()) {
            files.output("tests-branch", landing.branch().orElseThrow());
        }
        if (pushed.isPresent() && landing.kind() == Landing.Kind.FOLLOW_UP) {
            FollowUpPullRequest followUp = new GitHubFollowUps(ActionRun.connect(env, inputs))
                    .open(
                            landing.branch().orElseThrow(),
                            pr.headRef(),
                            FollowUpText.title("#" + pr.number()),
                            FollowUpText.body("#" + pr.number(), pr.headRef(), pr.headSha(), funnel));
            out.println("goose-ci: " + (followUp.reused() ? "updated" : "opened") + " the follow-up pull request #"
                    + followUp.number() + " " + followUp.url());
            files.output("follow-up-url", followUp.url());
        }
        files.output("conclusion", "success");
        return ActionMain.SUCCESS;
    }

    /** Why a fork's pull request gets no tests on {@code event}. */
    static String forkRefusal(String event) {
        if (event.equals("pull_request")) {
            return "the pull request comes from a fork; a pull_request run from a fork gets no secrets and a read-only"
                    + " token, so nothing could be pushed; test generation runs on pull requests from branches of"
                    + " this repository";
        }
        return "the pull request comes from a fork, and a " + event + " run holds this repository's secrets; test"
                + " generation builds and runs the pull request's code, which would hand them to the fork's author"
                + " (a 'pwn request'), so it runs only on pull requests from branches of this repository";
    }

    private Optional<CommitResult> land(Landing landing, TestGenReport report) {
        String remote = landing.branch().isPresent() ? pushUrl() : "none";
        try {
            return TestLanding.land(
                    workspace,
                    report.files(),
                    report.commitMessage(),
                    landing,
                    run.request().headSha(),
                    remote,
                    inputs.githubToken()
                            .map(token -> new UsernamePasswordCredentialsProvider("x-access-token", token.reveal())),
                    line -> out.println("goose-ci: " + line));
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(
                    e.getMessage() + "; to push, the workflow needs 'permissions: contents: write', and the branch "
                            + landing.branch().orElseThrow() + " must not be protected against the token",
                    e);
        }
    }

    private String pushUrl() {
        String override = env.getOrDefault(PUSH_URL, "");
        if (!override.isBlank()) {
            return override;
        }
        String server =
                env.getOrDefault("GITHUB_SERVER_URL", "https://github.com").replaceAll("/+$", "");
        return server + "/" + env.getOrDefault("GITHUB_REPOSITORY", "") + ".git";
    }

    /** A pushed tests commit must sit on the pull request's head, not on the merge commit actions/checkout makes. */
    private void requireCheckoutAt(String headSha) {
        Optional<String> head;
        try {
            head = TestLanding.headSha(workspace);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    e.getMessage() + "; check the repository out with actions/checkout first", e);
        }
        if (!head.equals(Optional.of(headSha))) {
            throw new IllegalArgumentException("the checkout is at " + head.orElse("no commit")
                    + ", not at the pull request's head " + headSha + ", so the tests commit would carry more than"
                    + " the tests; check out the head with actions/checkout's 'ref:"
                    + " ${{ github.event.pull_request.head.sha }}' (on issue_comment: 'ref:"
                    + " refs/pull/${{ github.event.issue.number }}/head'), or set 'landing: off'");
        }
    }

    private int skip(String reason) {
        out.println("goose-ci: skipped: " + reason);
        files.output("tests-kept", "0");
        files.output("conclusion", "skipped");
        files.summary("goose-ci skipped this run: " + reason + ".\n");
        return ActionMain.SUCCESS;
    }
}
