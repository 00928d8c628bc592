package dev.gooseci.provider;

import java.time.Duration;

/** The vendor failed (HTTP 5xx). Retried with backoff. */
public final class ServerException extends ProviderException {
    private static final long serialVersionUID = 1L;

    public ServerException(String message, int status, Duration retryAfter) {
        super(message, status, true, retryAfter, null);
    }
}
