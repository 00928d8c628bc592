package dev.gooseci.provider;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exponential backoff with jitter for retryable provider failures: rate limits, overload, 5xx and network errors.
 * Authentication failures and bad requests are never retried. When the vendor says how long to wait
 * ({@code Retry-After}, {@code retry-after-ms}), that wait is used as long as it is within {@code maxRetryAfter};
 * past it the failure is returned at once rather than blocking a CI job.
 *
 * @param maxRetries how many times to retry after the first attempt
 * @param initialDelay the first backoff
 * @param maxDelay the cap on one computed backoff
 * @param maxRetryAfter the longest vendor-requested wait we accept
 */
public record RetryPolicy(
        int maxRetries,
        Duration initialDelay,
        Duration maxDelay,
        Duration maxRetryAfter,
        Sleeper sleeper,
        Random random) {

    private static final Logger LOG = LoggerFactory.getLogger(RetryPolicy.class);

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries cannot be negative, was " + maxRetries);
        }
        requireNonNull(initialDelay, "initialDelay");
        requireNonNull(maxDelay, "maxDelay");
        requireNonNull(maxRetryAfter, "maxRetryAfter");
        requireNonNull(sleeper, "sleeper");
        requireNonNull(random, "random");
    }

    /** Four retries, from 1 s up to 30 s, honouring vendor waits of up to 2 minutes. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(
                4, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2), Sleeper.SYSTEM, new Random());
    }

    public static RetryPolicy none() {
        return new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, Sleeper.SYSTEM, new Random());
    }

    public RetryPolicy withMaxRetries(int retries) {
        return new RetryPolicy(retries, initialDelay, maxDelay, maxRetryAfter, sleeper, random);
    }

    public RetryPolicy withSleeper(Sleeper other) {
        return new RetryPolicy(maxRetries, initialDelay, maxDelay, maxRetryAfter, other, random);
    }

    /**
     * Runs {@code attempt} (given the attempt number, from 0) until it succeeds, fails for good, or the retries are
     * used up; the last failure is thrown.
     */
    public <T> T execute(IntFunction<T> attempt) {
        for (int n = 0; ; n++) {
            try {
                return attempt.apply(n);
            } catch (ProviderException e) {
                Duration wait = delayBeforeRetry(n, e).orElseThrow(() -> e);
                LOG.warn("{}; retry {} of {} in {} ms", e.getMessage(), n + 1, maxRetries, wait.toMillis());
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The wait before retry number {@code failedAttempt + 1}, or empty when {@code failure} is final. */
    Optional<Duration> delayBeforeRetry(int failedAttempt, ProviderException failure) {
        if (!failure.retryable() || failedAttempt >= maxRetries) {
            return Optional.empty();
        }
        if (failure.retryAfter().isPresent()) {
            Duration asked = failure.retryAfter().get();
            return asked.compareTo(maxRetryAfter) > 0 ? Optional.empty() : Optional.of(asked);
        }
        long cap = maxDelay.toMillis();
        long base = Math.min(cap, initialDelay.toMillis() << Math.min(failedAttempt, 30));
        // Jitter in [base/2, base]: spreads retries from parallel units without ever waiting less than half.
        long jittered = base / 2 + (long) (random.nextDouble() * (base - base / 2));
        return Optional.of(Duration.ofMillis(jittered));
    }
}
