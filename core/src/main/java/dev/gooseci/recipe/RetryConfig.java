package dev.gooseci.recipe;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code retry} of a recipe: shell checks that must all pass after a run, and how often to run again when they
 * do not.
 *
 * @param maxRetries runs after the first at most
 * @param checks shell commands ({@code bash -c}, in the workspace) that must exit with 0
 * @param onFailure a shell command run after each attempt whose checks failed, for example to reset the workspace
 * @param timeout how long each check may take ({@code timeout_seconds}, default 300 s)
 * @param onFailureTimeout how long {@code on_failure} may take ({@code on_failure_timeout_seconds}, default 600 s)
 */
public record RetryConfig(
        int maxRetries, List<String> checks, Optional<String> onFailure, Duration timeout, Duration onFailureTimeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);
    public static final Duration DEFAULT_ON_FAILURE_TIMEOUT = Duration.ofSeconds(600);

    public RetryConfig {
        checks = List.copyOf(checks);
        requireNonNull(onFailure, "onFailure");
        requireNonNull(timeout, "timeout");
        requireNonNull(onFailureTimeout, "onFailureTimeout");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries cannot be negative, was " + maxRetries);
        }
        if (timeout.isNegative() || timeout.isZero() || onFailureTimeout.isNegative() || onFailureTimeout.isZero()) {
            throw new IllegalArgumentException("retry timeouts must be positive");
        }
    }
}
