package dev.gooseci.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RetryPolicyTest {
    final RecordingSleeper sleeper = new RecordingSleeper();
    final RetryPolicy policy = new RetryPolicy(
            3, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMinutes(1), sleeper, new Random(42));

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new RateLimitException("429", 429, null), true),
                Arguments.of(new OverloadedException("529", 529, null), true),
                Arguments.of(new ServerException("500", 500, null), true),
                Arguments.of(new NetworkException("reset", new IOException("reset")), true),
                Arguments.of(new AuthenticationException("401", 401), false),
                Arguments.of(new PermissionDeniedException("403", 403), false),
                Arguments.of(new BadRequestException("400", 400), false),
                Arguments.of(new ContextTooLongException("too long", 400), false),
                Arguments.of(new MalformedResponseException("not JSON", null), false));
    }

    @ParameterizedTest(name = "{0} retried: {1}")
    @MethodSource("failures")
    void shouldRetryOnlyTransientFailures(ProviderException failure, boolean retried) {
        // given
        AtomicInteger attempts = new AtomicInteger();

        // when
        assertThatThrownBy(() -> policy.execute(n -> {
                    attempts.incrementAndGet();
                    throw failure;
                }))
                .isSameAs(failure);

        // then
        assertThat(attempts).hasValue(retried ? 4 : 1);
        assertThat(sleeper.waits).hasSize(retried ? 3 : 0);
    }

    @ParameterizedTest(name = "after attempt {0}: {1} to {2} ms")
    @CsvSource({"0, 500, 1000", "1, 1000, 2000", "2, 2000, 4000", "3, 2500, 5000", "30, 2500, 5000"})
    void shouldBackOffExponentiallyWithJitterWithinBounds(int failedAttempt, long low, long high) {
        // given
        RetryPolicy many = policy.withMaxRetries(100);
        ServerException failure = new ServerException("502", 502, null);

        for (int i = 0; i < 200; i++) {
            // when
            Duration wait = many.delayBeforeRetry(failedAttempt, failure).orElseThrow();

            // then
            assertThat(wait.toMillis()).isBetween(low, high);
        }
    }

    @Test
    void shouldGiveTheSameWaitsForTheSameSeed() {
        // given
        RetryPolicy again = new RetryPolicy(
                3, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMinutes(1), sleeper, new Random(42));
        ServerException failure = new ServerException("502", 502, null);

        // then
        for (int n = 0; n < 3; n++) {
            assertThat(policy.delayBeforeRetry(n, failure)).isEqualTo(again.delayBeforeRetry(n, failure));
        }
    }

    @Test
    void shouldWaitAsLongAsTheVendorAsked() {
        // given
        AtomicInteger attempts = new AtomicInteger();

        // when
        String result = policy.execute(n -> {
            if (attempts.getAndIncrement() == 0) {
                throw new RateLimitException("429", 429, Duration.ofSeconds(42));
            }
            return "ok";
        });

        // then
        assertThat(result).isEqualTo("ok");
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(42));
    }

    @Test
    void shouldFailAtOnceWhenTheVendorAsksForMoreThanMaxRetryAfter() {
        // given
        RateLimitException failure = new RateLimitException("429", 429, Duration.ofMinutes(5));

        // then
        assertThat(policy.delayBeforeRetry(0, failure)).isEmpty();
        assertThatThrownBy(() -> policy.execute(n -> {
                    throw failure;
                }))
                .isSameAs(failure);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void shouldStopAfterMaxRetriesAndThrowTheLastFailure() {
        // given
        AtomicInteger attempts = new AtomicInteger();

        // when / then
        assertThatThrownBy(() -> policy.withMaxRetries(2).execute(n -> {
                    throw new ServerException("attempt " + attempts.getAndIncrement(), 500, null);
                }))
                .hasMessage("attempt 2");
        assertThat(sleeper.waits).hasSize(2);
        assertThat(policy.delayBeforeRetry(3, new ServerException("x", 500, null)))
                .isEmpty();
        assertThat(policy.delayBeforeRetry(2, new ServerException("x", 500, null)))
                .isPresent();
    }

    @Test
    void shouldNeverRetryWithNone() {
        assertThat(RetryPolicy.none().delayBeforeRetry(0, new ServerException("x", 500, null)))
                .isEqualTo(Optional.empty());
    }

    @Test
    void shouldGiveUpAndKeepTheInterruptWhenTheSleepIsInterrupted() {
        // given
        AtomicInteger attempts = new AtomicInteger();
        ServerException failure = new ServerException("503", 503, null);
        RetryPolicy interrupted = policy.withSleeper(wait -> {
            throw new InterruptedException("cancelled");
        });

        try {
            // when / then
            assertThatThrownBy(() -> interrupted.execute(n -> {
                        attempts.incrementAndGet();
                        throw failure;
                    }))
                    .isSameAs(failure);
            assertThat(attempts).hasValue(1);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void shouldRejectNegativeRetries() {
        assertThatThrownBy(() -> policy.withMaxRetries(-1)).hasMessageContaining("negative");
    }
}
