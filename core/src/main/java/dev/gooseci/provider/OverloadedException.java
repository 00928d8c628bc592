package dev.gooseci.provider;

import java.time.Duration;

/** The vendor is overloaded (Anthropic's 529, HTTP 503). Retried with backoff. */
public final class OverloadedException extends ProviderException {
    private static final long serialVersionUID = 1L;

    public OverloadedException(String message, int status, Duration retryAfter) {
        super(message, status, true, retryAfter, null);
    }
}
