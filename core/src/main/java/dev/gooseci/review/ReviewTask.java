package dev.gooseci.review;

import static java.util.Objects.requireNonNull;

import dev.gooseci.agent.AgentConfig;
import dev.gooseci.agent.PolicyGate;
import dev.gooseci.agent.ToolGate;
import dev.gooseci.diff.ReviewUnit;
import dev.gooseci.policy.Mode;
import dev.gooseci.policy.PathInspector;
import dev.gooseci.policy.PathSandbox;
import dev.gooseci.policy.PermissionPolicy;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.provider.Cost;
import dev.gooseci.provider.Usage;
import dev.gooseci.report.QualityGate;
import dev.gooseci.report.ReviewNote;
import dev.gooseci.report.ReviewReport;
import dev.gooseci.report.ReviewRun;
import dev.gooseci.tool.Toolbox;
import dev.gooseci.tool.developer.DeveloperExtension;
import dev.gooseci.tool.git.GitExtension;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@link ReviewPlan}: each unit in its own agent loop on a fixed pool of {@code concurrency} threads, then
 * {@link FindingValidator} over every unit's findings in unit order, so that the report is the same whatever order the
 * units finished in.
 *
 * <p>The review's cost limit is shared: a unit starts only while money is left, and its own loop may spend what is
 * left when it starts. Units running at once each see the same remainder, so the total may pass the limit by up to
 * {@code concurrency - 1} units' worth; a unit that does not start is reported as incomplete.
 */
public final class ReviewTask {
    /** Units reviewed at once by default. */
    public static final int DEFAULT_CONCURRENCY = 4;

    private final ReviewModel model;
    private final AgentConfig config;
    private final int concurrency;
    private final Optional<BigDecimal> maxCostUsd;
    private final SecretRedactor redactor;
    private final ReviewListener listener;

    /**
     * @param config the guards of each unit's loop; the findings schema is added as its final output
     * @param maxCostUsd the most the whole review may cost; needs a {@link ReviewModel#meter()} that knows the price
     */
    public ReviewTask(
            ReviewModel model,
            AgentConfig config,
            int concurrency,
            Optional<BigDecimal> maxCostUsd,
            SecretRedactor redactor,
            ReviewListener listener) {
        this.model = requireNonNull(model, "model");
        this.config = requireNonNull(config, "config").withFinalOutput(FindingSchema.finalOutput(), 2);
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1 (--concurrency), got " + concurrency);
        }
        this.concurrency = concurrency;
        this.maxCostUsd = requireNonNull(maxCostUsd, "maxCostUsd");
        this.redactor = requireNonNull(redactor, "redactor");
        this.listener = requireNonNull(listener, "listener");
    }

    /** The tools a review offers over {@code root}: developer read_file, list_files and search, and git; no shell. */
    public static Toolbox tools(Path root, SecretRedactor redactor) {
        PathSandbox sandbox = new PathSandbox(root);
        return Toolbox.of(List.of(
                new ReadOnlyExtension(
                        DeveloperExtension.builder(sandbox).redactor(redactor).build()),
                new GitExtension(root)));
    }

    public ReviewResult run(ReviewPlan plan, QualityGate gate) {
        requireNonNull(plan, "plan");
        requireNonNull(gate, "gate");
        long started = System.nanoTime();
        List<UnitOutcome> outcomes = new ArrayList<>();
        try (Toolbox toolbox = tools(plan.root(), redactor)) {
            PathSandbox sandbox = new PathSandbox(plan.root());
            ToolGate toolGate = new PolicyGate(
                    new PermissionPolicy(Mode.SMART_APPROVE, Map.of(), List.of(new PathInspector(sandbox))));
            UnitReviewer reviewer = new UnitReviewer(model.provider(), model.name(), toolbox, toolGate);
            Spend spend = new Spend();
            ExecutorService pool = Executors.newFixedThreadPool(concurrency, daemonThreads());
            try {
                List<Future<UnitOutcome>> futures = new ArrayList<>();
                for (ReviewUnit unit : plan.units()) {
                    futures.add(pool.submit(() -> reviewOne(reviewer, plan, unit, spend)));
                }
                for (Future<UnitOutcome> future : futures) {
                    outcomes.add(await(future));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        return result(plan, gate, outcomes, Duration.ofNanos(System.nanoTime() - started));
    }

    private UnitOutcome reviewOne(UnitReviewer reviewer, ReviewPlan plan, ReviewUnit unit, Spend spend) {
        AgentConfig unitConfig = config;
        UnitOutcome outcome;
        Optional<BigDecimal> left = maxCostUsd.map(limit -> limit.subtract(spend.usd()));
        if (left.isPresent() && left.get().signum() <= 0) {
            outcome = UnitOutcome.skipped(
                    unit, "not started: the review's cost limit of " + Cost.of(maxCostUsd.get()) + " was reached");
        } else {
            if (left.isPresent()) {
                unitConfig = config.withCostLimit(left.get(), model.meter());
            }
            String system = ReviewPrompt.system(plan.hints(), plan.checksFor(unit));
            outcome = reviewer.review(unit, plan.units().size(), system, unitConfig);
            spend.add(outcome.usage());
        }
        listener.onUnit(outcome, plan.units().size());
        return outcome;
    }

    private ReviewResult result(ReviewPlan plan, QualityGate gate, List<UnitOutcome> outcomes, Duration wall) {
        List<RawFinding> raw = new ArrayList<>();
        List<ReviewNote> notes = new ArrayList<>();
        Usage usage = Usage.ZERO;
        for (UnitOutcome outcome : outcomes) {
            raw.addAll(outcome.findings());
            notes.addAll(outcome.notes());
            usage = usage.plus(outcome.usage());
        }
        FindingValidator.Validated validated = new FindingValidator(plan.change()).validate(raw);
        notes.addAll(validated.notes());
        ReviewRun run = new ReviewRun(
                plan.change().baseSha(),
                plan.change().headSha(),
                model.provider().name(),
                model.name(),
                usage,
                model.meter().cost(usage),
                wall);
        ReviewReport report = new ReviewReport(validated.findings(), plan.notReviewed(), run, gate, notes);
        return new ReviewResult(report, outcomes);
    }

    private static UnitOutcome await(Future<UnitOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the review was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("a unit's review failed: " + e.getCause(), e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "goose-review-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** What the units that ended so far spent, priced by the model's meter. */
    private final class Spend {
        private Usage usage = Usage.ZERO;

        synchronized void add(Usage more) {
            usage = usage.plus(more);
        }

        synchronized BigDecimal usd() {
            return model.meter().cost(usage).usd().orElse(BigDecimal.ZERO);
        }
    }
}
