package dev.gooseci.provider;

import java.time.Duration;

/** Too many requests or tokens (HTTP 429). Retried, after the vendor's retry-after when it gave one. */
public final class RateLimitException extends ProviderException {
    private static final long serialVersionUID = 1L;

    public RateLimitException(String message, int status, Duration retryAfter) {
        super(message, status, true, retryAfter, null);
    }
}
