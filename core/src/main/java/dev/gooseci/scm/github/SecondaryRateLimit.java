package dev.gooseci.scm.github;

import static java.util.Objects.requireNonNull;

import dev.gooseci.provider.RateLimitException;
import dev.gooseci.provider.RetryAfter;
import dev.gooseci.provider.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries GitHub's rate-limit answers (403 or 429 with {@code retry-after}, or with {@code x-ratelimit-remaining: 0})
 * with the {@link RetryPolicy}'s backoff, for every call on the client: the library's and our own. A plain 403 (a
 * missing permission) is not retried. GitHub asks for at least a minute when it names no wait.
 */
final class SecondaryRateLimit implements Interceptor {
    private static final Duration UNNAMED_WAIT = Duration.ofMinutes(1);

    private final RetryPolicy retry;
    private final Clock clock;

    SecondaryRateLimit(RetryPolicy retry, Clock clock) {
        this.retry = requireNonNull(retry, "retry");
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        try {
            return retry.execute(attempt -> {
                Response response = proceed(chain, request);
                Optional<Duration> wait = limitedFor(response);
                if (wait.isEmpty() || attempt >= retry.maxRetries()) {
                    return response;
                }
                response.close();
                throw new RateLimitException(
                        "GitHub's rate limit on " + request.method() + " "
                                + request.url().encodedPath(),
                        response.code(),
                        wait.get());
            });
        } catch (RateLimitException e) {
            throw new IOException(
                    e.getMessage() + ": GitHub asked to wait "
                            + e.retryAfter().map(Duration::toSeconds).orElse(0L)
                            + " s, longer than the " + retry.maxRetryAfter().toSeconds()
                            + " s we wait; re-run the job later",
                    e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Response proceed(Chain chain, Request request) {
        try {
            return chain.proceed(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How long GitHub asks us to wait, when the reply is a rate limit; empty for anything else. */
    Optional<Duration> limitedFor(Response response) {
        if (response.code() != 403 && response.code() != 429) {
            return Optional.empty();
        }
        Optional<Duration> retryAfter = RetryAfter.from(response.headers());
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        if ("0".equals(response.header("x-ratelimit-remaining"))) {
            return resetWait(response.header("x-ratelimit-reset"));
        }
        return response.code() == 429 || mentionsRateLimit(response) ? Optional.of(UNNAMED_WAIT) : Optional.empty();
    }

    private Optional<Duration> resetWait(String reset) {
        try {
            Duration wait = Duration.between(clock.instant(), Instant.ofEpochSecond(Long.parseLong(reset.trim())));
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (RuntimeException unreadable) {
            return Optional.of(UNNAMED_WAIT);
        }
    }

    private static boolean mentionsRateLimit(Response response) {
        try {
            return response.peekBody(4096)
                    .string()
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("rate limit");
        } catch (IOException e) {
            return false;
        }
    }
}
