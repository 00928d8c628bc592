package dev.gooseci.provider;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Limits on one HTTP exchange with a provider.
 *
 * @param connect how long to wait for the connection
 * @param read the longest silence between two reads; a stream that stalls longer fails
 * @param call the whole exchange, streaming included
 */
public record HttpTimeouts(Duration connect, Duration read, Duration call) {
    public HttpTimeouts {
        requireNonNull(connect, "connect");
        requireNonNull(read, "read");
        requireNonNull(call, "call");
    }

    /** 10 s to connect, 2 minutes of silence, 10 minutes in all: long enough for a slow reasoning model. */
    public static HttpTimeouts defaults() {
        return new HttpTimeouts(Duration.ofSeconds(10), Duration.ofMinutes(2), Duration.ofMinutes(10));
    }
}
