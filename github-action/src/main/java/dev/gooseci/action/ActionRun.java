package dev.gooseci.action;

import dev.gooseci.config.Secret;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.report.Finding;
import dev.gooseci.report.Format;
import dev.gooseci.report.Reports;
import dev.gooseci.report.ReviewReport;
import dev.gooseci.review.ReviewJob;
import dev.gooseci.review.ReviewRequest;
import dev.gooseci.review.ReviewTask;
import dev.gooseci.scm.ChangeRequest;
import dev.gooseci.scm.PublishOptions;
import dev.gooseci.scm.github.GitHubCheckRun;
import dev.gooseci.scm.github.GitHubConnection;
import dev.gooseci.scm.github.GitHubPublisher;
import dev.gooseci.scm.github.IncrementalChanges;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One admitted review: run it, publish it where {@code post} says, and write the outputs. */
final class ActionRun {
    /** A recorded transcript to play instead of calling a model; for tests and demos, not an input. */
    static final String REPLAY = "GOOSE_REPLAY";

    private final Map<String, String> env;
    private final ActionInputs inputs;
    private final ChangeRequest pr;
    private final StepFiles files;
    private final PrintStream out;
    private final Path workspace;

    ActionRun(Map<String, String> env, ActionInputs inputs, ChangeRequest pr, StepFiles files, PrintStream out) {
        this.env = env;
        this.inputs = inputs;
        this.pr = pr;
        this.files = files;
        this.out = out;
        this.workspace = Path.of(env.getOrDefault("GITHUB_WORKSPACE", ".")).toAbsolutePath();
    }

    /** The connection the inputs' token opens to the workflow's repository. */
    static GitHubConnection connect(Map<String, String> env, ActionInputs inputs) {
        return GitHubConnection.fromEnvironment(
                env,
                inputs.githubToken()
                        .orElseThrow(() -> new IllegalArgumentException("no GitHub token: set input 'github-token'"
                                + " (default ${{ github.token }}) with 'pull-requests: write' permission, or"
                                + " 'post: none' on pull_request events")),
                RetryPolicy.defaults());
    }

    int call() {
        SecretRedactor redactor = SecretRedactor.forRun(secrets(), Map.of());
        Optional<GitHubConnection> github = inputs.post() == Post.NONE && !inputs.incremental()
                ? Optional.empty()
                : Optional.of(connect(env, inputs));
        Optional<String> base = Optional.of(pr.baseSha());
        boolean incremental = false;
        if (inputs.incremental() && github.isPresent()) {
            Optional<String> reviewed = new GitHubPublisher(github.get(), redactor::redact).reviewedHead(pr.number());
            if (new IncrementalChanges(workspace).since(pr, reviewed).isPresent()) {
                base = reviewed;
                incremental = true;
                out.println("goose-ci: incremental review of the commits since " + reviewed.get());
            }
        }
        ReviewJob.Outcome outcome = ReviewJob.run(request(base), out::println);
        if (outcome.result().isEmpty()) {
            files.output("findings", "0");
            files.output("highest-severity", "none");
            files.output("conclusion", "success");
            files.summary("goose-ci: nothing to review, the pull request changes no files.\n");
            return ActionMain.SUCCESS;
        }
        ReviewReport report = outcome.result().get().report();
        String markdown = Reports.redacting(redactor::redact).render(report, Format.MARKDOWN);
        Annotations.commands(report.findings()).forEach(out::println);
        files.output("findings", String.valueOf(report.findings().size()));
        files.output("highest-severity", highest(report));
        files.output("report", markdown);
        WorkspaceFiles.sarif(workspace, outcome.written(), inputs.sarifFile())
                .ifPresent(path -> files.output("sarif-file", path.toString()));
        files.summary(markdown);
        try {
            if (github.isPresent()) {
                publish(github.get(), pr, report, redactor, incremental);
            }
        } catch (RuntimeException e) {
            out.println("::error title=goose-ci::"
                    + Annotations.data(
                            "the review was not published: " + redactor.redact(String.valueOf(e.getMessage()))));
            files.output("conclusion", "error");
            return ActionMain.ERROR;
        }
        return conclude(outcome.status());
    }

    private int conclude(ReviewJob.Status status) {
        if (status == ReviewJob.Status.GATE_FAILED) {
            files.output("conclusion", "failure");
            return ActionMain.GATE_FAILED;
        }
        if (status == ReviewJob.Status.PROVIDER_FAILED) {
            out.println("::error title=goose-ci::the model failed on some units, so part of the change was not"
                    + " reviewed; see the notes in the report");
            files.output("conclusion", "error");
            return ActionMain.ERROR;
        }
        if (status == ReviewJob.Status.INCOMPLETE) {
            out.println("::warning title=goose-ci::a budget stopped some units early; the report lists them");
        }
        files.output("conclusion", "success");
        return ActionMain.SUCCESS;
    }

    private void publish(
            GitHubConnection github,
            ChangeRequest pr,
            ReviewReport report,
            SecretRedactor redactor,
            boolean incremental) {
        if (inputs.post() == Post.REVIEW) {
            PublishOptions defaults = PublishOptions.defaults();
            PublishOptions options = new PublishOptions(defaults.inlineCap(), false, !incremental, true);
            var published = new GitHubPublisher(github, redactor::redact).publish(pr, report, options);
            out.println("goose-ci: posted " + published.posted() + " comments, " + published.alreadyThere()
                    + " already there; " + String.join(" ", published.links()));
        } else if (inputs.post() == Post.COMMENT) {
            out.println(
                    "goose-ci: summary " + new GitHubPublisher(github, redactor::redact).publishSummary(pr, report));
        } else if (inputs.post() == Post.CHECK) {
            out.println("goose-ci: check run " + new GitHubCheckRun(github, redactor::redact).publish(pr, report));
        }
    }

    private ReviewRequest request(Optional<String> base) {
        return new ReviewRequest(
                workspace,
                base,
                pr.headSha(),
                false,
                pr.fromFork(),
                Optional.empty(),
                Set.of(Format.MARKDOWN, Format.SARIF, Format.JSON),
                Optional.empty(),
                inputs.gate(),
                ReviewTask.DEFAULT_CONCURRENCY,
                inputs.maxCost(),
                false,
                replay(env),
                agentEnv(env, inputs, workspace, pr.fromFork()),
                flags(inputs));
    }

    /** The settings the inputs give, by their configuration keys. */
    static Map<String, String> flags(ActionInputs inputs) {
        Map<String, String> flags = new HashMap<>();
        inputs.provider().ifPresent(v -> flags.put("provider", v));
        inputs.model().ifPresent(v -> flags.put("model", v));
        inputs.apiKey().ifPresent(v -> flags.put("api_key", v.reveal()));
        inputs.maxTurns().ifPresent(v -> flags.put("limits.max_turns", String.valueOf(v)));
        return flags;
    }

    /** The transcript {@value #REPLAY} names, if any. */
    static Optional<Path> replay(Map<String, String> env) {
        return Optional.ofNullable(env.get(REPLAY)).filter(v -> !v.isBlank()).map(Path::of);
    }

    /**
     * The environment the agent sees, in a review or a test generation: no GitHub token and no inputs; the config
     * input as the user-level file (not read for untrusted code).
     */
    static Map<String, String> agentEnv(
            Map<String, String> env, ActionInputs inputs, Path workspace, boolean untrusted) {
        Map<String, String> review = new HashMap<>();
        env.forEach((k, v) -> {
            if (!k.startsWith("INPUT_") && !k.equals("GITHUB_TOKEN") && !k.equals("GH_TOKEN")) {
                review.put(k, v);
            }
        });
        inputs.config()
                .ifPresent(config -> review.put(
                        "XDG_CONFIG_HOME",
                        WorkspaceFiles.stageConfig(workspace, config, untrusted).toString()));
        return review;
    }

    private static String highest(ReviewReport report) {
        return report.findings().stream()
                .map(Finding::severity)
                .max(Comparator.naturalOrder())
                .map(s -> s.id())
                .orElse("none");
    }

    private List<Secret> secrets() {
        return secrets(inputs);
    }

    /** The secrets the inputs hold, to redact from anything the run writes. */
    static List<Secret> secrets(ActionInputs inputs) {
        List<Secret> secrets = new ArrayList<>();
        inputs.githubToken().ifPresent(secrets::add);
        inputs.apiKey().ifPresent(secrets::add);
        return secrets;
    }
}
