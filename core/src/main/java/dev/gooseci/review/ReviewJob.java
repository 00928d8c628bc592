package dev.gooseci.review;

import dev.gooseci.agent.AgentConfig;
import dev.gooseci.agent.FinalOutput;
import dev.gooseci.ci.CiContexts;
import dev.gooseci.config.Secret;
import dev.gooseci.config.Settings;
import dev.gooseci.diff.DiffPacker;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.provider.ConfiguredModel;
import dev.gooseci.provider.Usage;
import dev.gooseci.report.Format;
import dev.gooseci.report.Reports;
import dev.gooseci.tool.ToolSpec;
import dev.gooseci.tool.Toolbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The whole review as the hosts run it: plan the change, review its units, print the findings, write the reports.
 * Publishing to a platform is the host's next step, with the returned report. Hosts stay thin: they fill a
 * {@link ReviewRequest} and map the {@link Outcome} to their own success or failure.
 */
public final class ReviewJob {
    private ReviewJob() {}

    /** How a review ended, from the host's point of view. */
    public enum Status {
        /** Reviewed; the gate passed. */
        PASSED,
        /** Reviewed; findings at or above the gate's threshold. */
        GATE_FAILED,
        /** The model failed on some units, so part of the change was not reviewed. */
        PROVIDER_FAILED,
        /** A budget stopped some units early; the report lists them as incomplete. */
        INCOMPLETE,
        /** The change has no files. */
        NOTHING_TO_REVIEW,
        /** A dry run: the plan was printed, no model was called. */
        DRY_RUN
    }

    /** What the review produced: the result when a model ran, and the report files written. */
    public record Outcome(Status status, Optional<ReviewResult> result, List<Path> written) {
        public Outcome {
            written = List.copyOf(written);
        }
    }

    /**
     * Runs {@code request}, writing progress, findings and the summary to {@code lines}.
     *
     * @throws IllegalArgumentException for bad input, with what to change
     * @throws dev.gooseci.diff.ChangeSourceException when the repository or a revision cannot be read
     */
    public static Outcome run(ReviewRequest request, Consumer<String> lines) {
        Path dir = request.workspace().toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("workspace " + dir + " is not a directory");
        }
        Optional<String> from =
                request.base().or(() -> CiContexts.detect(request.env()).baseSha());
        ReviewPlan plan = ReviewPlanner.plan(new ReviewOptions(
                dir,
                from,
                request.head(),
                request.workingTree(),
                request.fork(),
                request.shard(),
                DiffPacker.DEFAULT_BUDGET));
        if (plan.change().isEmpty()) {
            lines.accept("nothing to review: the change has no files");
            return new Outcome(Status.NOTHING_TO_REVIEW, Optional.empty(), List.of());
        }
        Settings settings = ReviewSettings.load(plan, request.fork(), request.env(), request.flags());
        List<Secret> secrets = new ArrayList<>();
        settings.apiKey().ifPresent(secrets::add);
        SecretRedactor redactor = SecretRedactor.forRun(secrets, request.env());
        ReviewConsole console = new ReviewConsole(lines, redactor);
        if (request.dryRun()) {
            console.plan(plan, toolNames(plan.root(), redactor));
            return new Outcome(Status.DRY_RUN, Optional.empty(), List.of());
        }
        ReviewModel model = ReviewModel.open(settings, request.env(), request.replay());
        int threads = request.concurrency();
        if (request.replay().isPresent() && threads > 1) {
            lines.accept("Replaying " + request.replay().get() + ": units run one at a time, in order.");
            threads = 1;
        }
        ReviewTask task = new ReviewTask(
                model, agentConfig(settings), threads, costLimit(request, settings, model), redactor, console);
        ReviewResult result = task.run(plan, request.gate());
        console.findings(result.report());
        Reports reports = Reports.redacting(redactor::redact);
        Path target = request.outputDir().map(Path::toAbsolutePath).orElseGet(() -> defaultOutput(plan.root()));
        List<Path> written = request.shard().isPresent()
                ? List.of(writeShard(reports, result, target, request.shard().get()))
                : write(reports, result, target, request.formats());
        console.summary(result.report(), plan.units().size(), written);
        return new Outcome(status(result), Optional.of(result), written);
    }

    private static Status status(ReviewResult result) {
        if (!result.gatePassed()) {
            return Status.GATE_FAILED;
        }
        if (result.providerFailed()) {
            return Status.PROVIDER_FAILED;
        }
        return result.incomplete() ? Status.INCOMPLETE : Status.PASSED;
    }

    /** The cost limit, which needs a known price: a limit the run cannot measure would be a false promise. */
    private static Optional<BigDecimal> costLimit(ReviewRequest request, Settings settings, ReviewModel model) {
        Optional<BigDecimal> limit =
                request.maxCostUsd().or(() -> settings.limits().maxCostUsd());
        if (limit.isEmpty() || request.replay().isPresent()) {
            return Optional.empty();
        }
        if (!model.meter().cost(Usage.of(1, 1)).known()) {
            throw ConfiguredModel.unmeasurableLimit(model.provider().name(), model.name());
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
                    "cannot write the reports to " + target + " (" + e.getMessage() + "); choose a writable output"
                            + " directory",
                    e);
        }
    }

    /** {@code target/goose} in a Maven project, else {@code .goose-ci/review}. */
    public static Path defaultOutput(Path root) {
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
}
