package dev.gooseci.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            retry-after-ms | 1500                          | PT1.5S
            retry-after-ms | 250.7                         | PT0.25S
            retry-after-ms | -20                           | PT0S
            retry-after    | 30                            | PT30S
            Retry-After    | 1.5                           | PT1.5S
            retry-after    | 0                             | PT0S
            retry-after    | Sun, 01 Jun 2025 12:01:30 GMT | PT1M30S
            retry-after    | Sun, 01 Jun 2025 11:59:00 GMT | PT0S
            retry-after    | soon                          | none
            retry-after    | ''                            | none
            retry-after    | 2025-06-01T12:01:00Z          | none
            retry-after-ms | fast                          | none
            retry-after-ms | NaN                           | none
            retry-after    | NaN                           | none
            retry-after    | Infinity                      | none
            retry-after    | 30d                           | none
            x-other        | 30                            | none
            """)
    void shouldReadTheVendorsWait(String header, String value, String expected) {
        // when
        Optional<Duration> wait = RetryAfter.from(Headers.of(header, value), NOW);

        // then
        assertThat(wait).isEqualTo(Optional.ofNullable(expected).map(Duration::parse));
    }

    @ParameterizedTest(name = "ms {0} beats seconds {1}")
    @CsvSource({"800, 30, PT0.8S", "garbage, 30, PT30S"})
    void shouldPreferMillisecondsAndFallBackToSeconds(String millis, String seconds, String expected) {
        // when
        Optional<Duration> wait = RetryAfter.from(Headers.of("retry-after-ms", millis, "retry-after", seconds), NOW);

        // then
        assertThat(wait).contains(Duration.parse(expected));
    }
}
