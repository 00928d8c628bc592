package dev.gooseci.config;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * The budget of one agent run. Every limit is on by default so that a CI job never runs away; cost has no default
 * because prices are not known for every model.
 *
 * @param maxTurns model calls per run
 * @param maxTokens tokens per run, prompt and output together
 * @param maxCostUsd the most a run may cost, in US dollars
 * @param timeout wall-clock time per run
 */
public record Limits(int maxTurns, long maxTokens, Optional<BigDecimal> maxCostUsd, Duration timeout) {
    public Limits {
        requireNonNull(maxCostUsd, "maxCostUsd");
        requireNonNull(timeout, "timeout");
        if (maxTurns < 1 || maxTokens < 1) {
            throw new IllegalArgumentException(
                    "maxTurns and maxTokens must be at least 1, were " + maxTurns + " and " + maxTokens);
        }
        if (maxCostUsd.isPresent() && maxCostUsd.get().signum() < 0) {
            throw new IllegalArgumentException("maxCostUsd cannot be negative, was " + maxCostUsd.get());
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /** 50 turns, 2 million tokens, no cost cap, 30 minutes. */
    public static Limits defaults() {
        return new Limits(50, 2_000_000, Optional.empty(), Duration.ofMinutes(30));
    }
}
