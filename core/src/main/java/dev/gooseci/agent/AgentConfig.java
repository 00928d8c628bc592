package dev.gooseci.agent;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The guards and knobs of one run. Every guard is on by default: a CI job must end on its own.
 *
 * @param maxTurns model calls at most (CI default 50)
 * @param maxTokens tokens at most, prompt and output, summed over the run
 * @param timeout wall-clock time at most
 * @param maxRepeats identical consecutive calls of one tool before the next is denied
 * @param maxIdenticalErrors identical consecutive errors of one tool before it is denied for the run
 * @param parallelism tool calls of one reply that run at once
 * @param stream whether to stream replies (deltas reach the listener as they arrive)
 * @param maxOutputTokens the cap on each reply
 * @param finalOutput the structured answer the run must end with, if any
 * @param finalOutputRetries how many invalid or missing final outputs the model may send before the run stops
 * @param toolOutput when a tool result is cut and where the whole of it is saved
 * @param contextWindow the model's context window in tokens
 * @param compactThreshold the share of the window at which the conversation is compacted before the next turn
 */
public record AgentConfig(
        int maxTurns,
        long maxTokens,
        Duration timeout,
        int maxRepeats,
        int maxIdenticalErrors,
        int parallelism,
        boolean stream,
        int maxOutputTokens,
        Optional<FinalOutput> finalOutput,
        int finalOutputRetries,
        ToolOutputLimits toolOutput,
        int contextWindow,
        double compactThreshold,
        Optional<BigDecimal> maxCostUsd,
        CostMeter costMeter) {

    public AgentConfig {
        requireNonNull(timeout, "timeout");
        requireNonNull(finalOutput, "finalOutput");
        requireNonNull(toolOutput, "toolOutput");
        requireNonNull(maxCostUsd, "maxCostUsd");
        requireNonNull(costMeter, "costMeter");
        if (maxCostUsd.isPresent() && maxCostUsd.get().signum() <= 0) {
            throw new IllegalArgumentException("maxCostUsd must be positive, was " + maxCostUsd.get());
        }
        positive(contextWindow, "contextWindow");
        if (!(compactThreshold > 0 && compactThreshold <= 1)) {
            throw new IllegalArgumentException(
                    "compactThreshold must be above 0 and at most 1 (a share of the window), was " + compactThreshold);
        }
        positive(maxTurns, "maxTurns");
        positive(maxTokens, "maxTokens");
        positive(maxRepeats, "maxRepeats");
        positive(maxIdenticalErrors, "maxIdenticalErrors");
        positive(parallelism, "parallelism");
        positive(maxOutputTokens, "maxOutputTokens");
        if (finalOutputRetries < 0) {
            throw new IllegalArgumentException("finalOutputRetries cannot be negative, was " + finalOutputRetries);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /**
     * 50 turns, 2M tokens, 30 minutes, 3 repeats, 3 identical errors, 8 tools at once, no final output, tool output
     * cut at 50,000 characters or 2,000 lines, and compaction at 80% of a 128,000-token window.
     */
    public static AgentConfig defaults() {
        return new AgentConfig(
                50,
                2_000_000,
                Duration.ofMinutes(30),
                3,
                3,
                8,
                false,
                4096,
                Optional.empty(),
                3,
                ToolOutputLimits.defaults(),
                128_000,
                0.8,
                Optional.empty(),
                CostMeter.UNKNOWN);
    }

    public AgentConfig withMaxTurns(int value) {
        return copy(b -> b.maxTurns = value);
    }

    public AgentConfig withMaxTokens(long value) {
        return copy(b -> b.maxTokens = value);
    }

    public AgentConfig withTimeout(Duration value) {
        return copy(b -> b.timeout = value);
    }

    public AgentConfig withStream(boolean value) {
        return copy(b -> b.stream = value);
    }

    public AgentConfig withParallelism(int value) {
        return copy(b -> b.parallelism = value);
    }

    public AgentConfig withFinalOutput(FinalOutput value, int retries) {
        return copy(b -> {
            b.finalOutput = Optional.of(value);
            b.finalOutputRetries = retries;
        });
    }

    public AgentConfig withToolOutput(ToolOutputLimits value) {
        return copy(b -> b.toolOutput = value);
    }

    /** Compacts at {@code threshold} (a share) of a {@code window}-token context. */
    public AgentConfig withContext(int window, double threshold) {
        return copy(b -> {
            b.contextWindow = window;
            b.compactThreshold = threshold;
        });
    }

    /** Stops the run once {@code meter} prices its usage above {@code limit} US dollars. */
    public AgentConfig withCostLimit(BigDecimal limit, CostMeter meter) {
        return copy(b -> {
            b.maxCostUsd = Optional.of(limit);
            b.costMeter = meter;
        });
    }

    private AgentConfig copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** The fields of a config being changed; each {@code with} method changes one or two and builds again. */
    private static final class Copy {
        int maxTurns;
        long maxTokens;
        Duration timeout;
        int maxRepeats;
        int maxIdenticalErrors;
        int parallelism;
        boolean stream;
        int maxOutputTokens;
        Optional<FinalOutput> finalOutput;
        int finalOutputRetries;
        ToolOutputLimits toolOutput;
        int contextWindow;
        double compactThreshold;
        Optional<BigDecimal> maxCostUsd;
        CostMeter costMeter;

        Copy(AgentConfig c) {
            maxTurns = c.maxTurns;
            maxTokens = c.maxTokens;
            timeout = c.timeout;
            maxRepeats = c.maxRepeats;
            maxIdenticalErrors = c.maxIdenticalErrors;
            parallelism = c.parallelism;
            stream = c.stream;
            maxOutputTokens = c.maxOutputTokens;
            finalOutput = c.finalOutput;
            finalOutputRetries = c.finalOutputRetries;
            toolOutput = c.toolOutput;
            contextWindow = c.contextWindow;
            compactThreshold = c.compactThreshold;
            maxCostUsd = c.maxCostUsd;
            costMeter = c.costMeter;
        }

        AgentConfig build() {
            return new AgentConfig(
                    maxTurns,
                    maxTokens,
                    timeout,
                    maxRepeats,
                    maxIdenticalErrors,
                    parallelism,
                    stream,
                    maxOutputTokens,
                    finalOutput,
                    finalOutputRetries,
                    toolOutput,
                    contextWindow,
                    compactThreshold,
                    maxCostUsd,
                    costMeter);
        }
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
