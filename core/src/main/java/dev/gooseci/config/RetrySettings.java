package dev.gooseci.config;

/**
 * How often a failed provider call is tried again (rate limits, overload, 5xx, network errors).
 *
 * @param maxRetries retries after the first attempt; 0 turns retrying off
 */
public record RetrySettings(int maxRetries) {
    public RetrySettings {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries cannot be negative, was " + maxRetries);
        }
    }

    public static RetrySettings defaults() {
        return new RetrySettings(4);
    }
}
