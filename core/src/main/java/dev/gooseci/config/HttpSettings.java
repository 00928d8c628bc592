package dev.gooseci.config;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Timeouts of one HTTP exchange with a provider. The defaults match the provider package's own, which cannot be
 * referred to from here.
 *
 * @param connectTimeout how long to wait for the connection
 * @param readTimeout the longest silence between two reads
 * @param callTimeout the whole exchange, streaming included
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
    public HttpSettings {
        requireNonNull(connectTimeout, "connectTimeout");
        requireNonNull(readTimeout, "readTimeout");
        requireNonNull(callTimeout, "callTimeout");
        for (Duration timeout : new Duration[] {connectTimeout, readTimeout, callTimeout}) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("HTTP timeouts must be positive, was " + timeout);
            }
        }
    }

    /** 10 s to connect, 2 minutes of silence, 10 minutes in all. */
    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(10), Duration.ofMinutes(2), Duration.ofMinutes(10));
    }
}
