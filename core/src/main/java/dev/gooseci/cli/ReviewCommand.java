package dev.gooseci.cli;

import dev.gooseci.report.Format;
import dev.gooseci.report.QualityGate;
import dev.gooseci.review.ReviewJob;
import dev.gooseci.review.ReviewRequest;
import dev.gooseci.review.ReviewTask;
import dev.gooseci.review.Shard;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ModelOptions models = new ModelOptions();

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
        ReviewRequest request = new ReviewRequest(
                workspace,
                Optional.ofNullable(base),
                head,
                workingTree,
                fork,
                Optional.ofNullable(shard).map(Shard::parse),
                Format.parseList(format),
                Optional.ofNullable(outputDir),
                QualityGate.parse(failOn),
                concurrency,
                Optional.ofNullable(maxCost),
                dryRun,
                models.replay(),
                env,
                flags());
        ReviewJob.Outcome outcome = ReviewJob.run(request, line -> {
            out.println(line);
            out.flush();
        });
        PrintWriter err = spec.commandLine().getErr();
        switch (outcome.status()) {
            case GATE_FAILED:
                return ExitCode.GATE_FAILED.code();
            case PROVIDER_FAILED:
                err.println("goose-ci: the model failed on some units, so part of the change was not reviewed;"
                        + " see the notes in the report");
                return ExitCode.PROVIDER_ERROR.code();
            case INCOMPLETE:
                err.println("goose-ci: a budget stopped some units early; the report lists them as incomplete");
                return ExitCode.BUDGET_STOP.code();
            default:
                return ExitCode.SUCCESS.code();
        }
    }

    private Map<String, String> flags() {
        Map<String, String> flags = new LinkedHashMap<>();
        models.addTo(flags);
        return flags;
    }
}
