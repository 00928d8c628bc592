package dev.gooseci.cli;

import dev.gooseci.agent.AgentConfig;
import dev.gooseci.agent.FinalOutput;
import dev.gooseci.ci.CiContexts;
import dev.gooseci.config.Secret;
import dev.gooseci.config.Settings;
import dev.gooseci.diff.DiffPacker;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.provider.Usage;
import dev.gooseci.report.Format;
import dev.gooseci.report.QualityGate;
import dev.gooseci.report.Reports;
import dev.gooseci.review.ReviewModel;
import dev.gooseci.review.ReviewOptions;
import dev.gooseci.review.ReviewPlan;
import dev.gooseci.review.ReviewPlanner;
import dev.gooseci.review.ReviewResult;
import dev.gooseci.review.ReviewSettings;
import dev.gooseci.review.ReviewTask;
import dev.gooseci.review.Shard;
import dev.gooseci.tool.ToolSpec;
import dev.gooseci.tool.Toolbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code goose-ci review}: review a change with the agent and write the report files. */
@Command(name = "review", description = "Review a git change and write report files; exit 1 when the gate fails.")
final class ReviewCommand implements Callable<Integer> {
    static final String ALL_FORMATS = "markdown,sarif,codequality,checkstyle,json";

    private final Map<String, String> env;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--base",
            paramLabel = "REV",
            description = "Compare with REV; default: the CI's base commit, "
                    + "else the merge base with origin's default branch.")
    String base;

    @Option(names = "--head", paramLabel = "REV", defaultValue = "HEAD", description = "The revision to review.")
    String head;

    @Option(names = "--working-tree", description = "Review the files on disk, uncommitted ones included.")
    boolean workingTree;

    @Option(
            names = "--fork",
            description = "The change comes from a fork: read hints, checks and config from the base.")
    boolean fork;

    @Option(names = "--provider", description = "Provider name; default GOOSE_PROVIDER or ollama.")
    String provider;

    @Option(names = "--model", description = "Model name; default GOOSE_MODEL or the provider's default.")
    String model;

    @Option(
            names = "--fail-on",
            paramLabel = "SEV",
            defaultValue = "none",
            description = "Fail (exit 1) on findings at or above: none, info, minor, major, critical, blocker.")
    String failOn;

    @Option(
            names = "--format",
            defaultValue = ALL_FORMATS,
            description = "Report files: markdown, sarif, codequality, checkstyle, json (comma-separated).")
    String format;

    @Option(
            names = "--output-dir",
            paramLabel = "DIR",
            description = "Where reports go; default target/goose in a Maven project, else .goose-ci/review.")
    Path outputDir;

    @Option(names = "--concurrency", paramLabel = "N", description = "Units reviewed at once (default 4).")
    int concurrency = ReviewTask.DEFAULT_CONCURRENCY;

    @Option(names = "--max-cost", paramLabel = "USD", description = "The most the whole review may cost.")
    BigDecimal maxCost;

    @Option(names = "--dry-run", description = "Print the plan and call no model.")
    boolean dryRun;

    @Option(names = "--replay", paramLabel = "FILE", description = "Play a recorded transcript instead of a model.")
    Path replay;

    @Option(
            names = "--shard",
            paramLabel = "k/n",
            description = "Review only shard k of n; write its JSON for a merge.")
    String shard;

    @Option(
            names = {"-w", "--workspace"},
            defaultValue = ".",
            description = "A directory in the repository.")
    Path workspace;

    ReviewCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = workspace.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("workspace " + dir + " is not a directory; pass -w DIR");
        }
        Set<Format> formats = Format.parseList(format);
        QualityGate gate = QualityGate.parse(failOn);
        Optional<Shard> part = Optional.ofNullable(shard).map(Shard::parse);
        Optional<String> from =
                Optional.ofNullable(base).or(() -> CiContexts.detect(env).baseSha());
        ReviewPlan plan = ReviewPlanner.plan(
                new ReviewOptions(dir, from, head, workingTree, fork, part, DiffPacker.DEFAULT_BUDGET));
        if (plan.change().isEmpty()) {
            out.println("nothing to review: the change has no files");
            return ExitCode.SUCCESS.code();
        }
        Settings settings = ReviewSettings.load(plan, fork, env, flags());
        List<Secret> secrets = new ArrayList<>();
        settings.apiKey().ifPresent(secrets::add);
        SecretRedactor redactor = SecretRedactor.forRun(secrets, env);
        ReviewConsole console = new ReviewConsole(out, redactor);
        if (dryRun) {
            console.plan(plan, toolNames(plan.root(), redactor));
            return ExitCode.SUCCESS.code();
        }
        ReviewModel reviewModel = ReviewModel.open(settings, env, Optional.ofNullable(replay));
        ReviewTask task = new ReviewTask(
                reviewModel, agentConfig(settings), threads(out), costLimit(settings, reviewModel), redactor, console);
        ReviewResult result = task.run(plan, gate);
        console.findings(result.report());
        Reports reports = Reports.redacting(redactor::redact);
        Path target = outputDir != null ? outputDir.toAbsolutePath() : defaultOutput(plan.root());
        List<Path> written = part.isPresent()
                ? List.of(writeShard(reports, result, target, part.get()))
                : write(reports, result, target, formats);
        console.summary(result.report(), plan.units().size(), written);
        return exitCode(result);
    }

    private int exitCode(ReviewResult result) {
        PrintWriter err = spec.commandLine().getErr();
        if (!result.gatePassed()) {
            return ExitCode.GATE_FAILED.code();
        }
        if (result.providerFailed()) {
            err.println("goose-ci: the model failed on some units, so part of the change was not reviewed;"
                    + " see the notes in the report");
            return ExitCode.PROVIDER_ERROR.code();
        }
        if (result.incomplete()) {
            err.println("goose-ci: a budget stopped some units early; the report lists them as incomplete");
            return ExitCode.BUDGET_STOP.code();
        }
        return ExitCode.SUCCESS.code();
    }

    /** A replayed transcript plays its turns in order, which only one unit at a time keeps. */
    private int threads(PrintWriter out) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("--concurrency must be at least 1, got " + concurrency);
        }
        if (replay != null && concurrency > 1) {
            out.println("Replaying " + replay + ": units run one at a time, in order.");
            return 1;
        }
        return concurrency;
    }

    /** The cost limit, which needs a known price: a limit the run cannot measure would be a false promise. */
    private Optional<BigDecimal> costLimit(Settings settings, ReviewModel reviewModel) {
        Optional<BigDecimal> limit =
                Optional.ofNullable(maxCost).or(() -> settings.limits().maxCostUsd());
        if (limit.isEmpty() || replay != null) {
            return Optional.empty();
        }
        if (limit.get().signum() <= 0) {
            throw new IllegalArgumentException(
                    "--max-cost must be a positive amount of US dollars, got " + limit.get());
        }
        if (!reviewModel.meter().cost(Usage.of(1, 1)).known()) {
            throw new IllegalArgumentException("a cost limit is set, but the price of "
                    + reviewModel.provider().name()
                    + " model '" + reviewModel.name() + "' is unknown; add prices." + reviewModel.name()
                    + ".input and prices." + reviewModel.name() + ".output (USD per million tokens) to"
                    + " .goose/config.yaml, or remove the limit");
        }
        return limit;
    }

    private static AgentConfig agentConfig(Settings settings) {
        return AgentConfig.defaults()
                .withMaxTurns(settings.limits().maxTurns())
                .withMaxTokens(settings.limits().maxTokens())
                .withTimeout(settings.limits().timeout());
    }

    private static List<String> toolNames(Path root, SecretRedactor redactor) {
        try (Toolbox tools = ReviewTask.tools(root, redactor)) {
            List<String> names =
                    new ArrayList<>(tools.specs().stream().map(ToolSpec::name).toList());
            names.add(FinalOutput.TOOL_NAME);
            return names;
        }
    }

    private static List<Path> write(Reports reports, ReviewResult result, Path target, Set<Format> formats) {
        try {
            return reports.write(result.report(), target, formats);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write the reports to " + target + " (" + e.getMessage() + "); pass a writable --output-dir",
                    e);
        }
    }

    private static Path defaultOutput(Path root) {
        return Files.isRegularFile(root.resolve("pom.xml"))
                ? root.resolve(Reports.MAVEN_DIRECTORY)
                : root.resolve(".goose-ci/review");
    }

    /** A shard's findings as goose-review.json, named by shard so that a merge job can collect them side by side. */
    private static Path writeShard(Reports reports, ReviewResult result, Path target, Shard part) {
        Path file = target.resolve("goose-review-shard-" + part.k() + "-of-" + part.n() + ".json");
        try {
            Files.createDirectories(target);
            Files.writeString(file, reports.render(result.report(), Format.JSON), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private Map<String, String> flags() {
        Map<String, String> flags = new LinkedHashMap<>();
        if (provider != null) {
            flags.put("provider", provider);
        }
        if (model != null) {
            flags.put("model", model);
        }
        return flags;
    }
}
