package dev.gooseci.agent;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

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
        int finalOutputRetries) {

    public AgentConfig {
        requireNonNull(timeout, "timeout");
        requireNonNull(finalOutput, "finalOutput");
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

    /** 50 turns, 2M tokens, 30 minutes, 3 repeats, 3 identical errors, 8 tools at once, no final output. */
    public static AgentConfig defaults() {
        return new AgentConfig(50, 2_000_000, Duration.ofMinutes(30), 3, 3, 8, false, 4096, Optional.empty(), 3);
    }

    public AgentConfig withMaxTurns(int value) {
        return new AgentConfig(
                value,
                maxTokens,
                timeout,
                maxRepeats,
                maxIdenticalErrors,
                parallelism,
                stream,
                maxOutputTokens,
                finalOutput,
                finalOutputRetries);
    }

    public AgentConfig withMaxTokens(long value) {
        return new AgentConfig(
                maxTurns,
                value,
                timeout,
                maxRepeats,
                maxIdenticalErrors,
                parallelism,
                stream,
                maxOutputTokens,
                finalOutput,
                finalOutputRetries);
    }

    public AgentConfig withTimeout(Duration value) {
        return new AgentConfig(
                maxTurns,
                maxTokens,
                value,
                maxRepeats,
                maxIdenticalErrors,
                parallelism,
                stream,
                maxOutputTokens,
                finalOutput,
                finalOutputRetries);
    }

    public AgentConfig withStream(boolean value) {
        return new AgentConfig(
                maxTurns,
                maxTokens,
                timeout,
                maxRepeats,
                maxIdenticalErrors,
                parallelism,
                value,
                maxOutputTokens,
                finalOutput,
                finalOutputRetries);
    }

    public AgentConfig withParallelism(int value) {
        return new AgentConfig(
                maxTurns,
                maxTokens,
                timeout,
                maxRepeats,
                maxIdenticalErrors,
                value,
                stream,
                maxOutputTokens,
                finalOutput,
                finalOutputRetries);
    }

    public AgentConfig withFinalOutput(FinalOutput value, int retries) {
        return new AgentConfig(
                maxTurns,
                maxTokens,
                timeout,
                maxRepeats,
                maxIdenticalErrors,
                parallelism,
                stream,
                maxOutputTokens,
                Optional.of(value),
                retries);
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
