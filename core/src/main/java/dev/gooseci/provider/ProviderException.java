package dev.gooseci.provider;

import java.time.Duration;
import java.util.Optional;

/**
 * Everything that can go wrong talking to a model. Each vendor maps its HTTP status and error body to one of the
 * subclasses in a single method, so that retrying, exit codes and messages never depend on the vendor.
 */
public class ProviderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final boolean retryable;
    private final Duration retryAfter;

    public ProviderException(String message, int status, boolean retryable, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    public ProviderException(String message, int status, boolean retryable) {
        this(message, status, retryable, null, null);
    }

    /** The HTTP status, or 0 when the failure had none (network, malformed stream). */
    public int status() {
        return status;
    }

    /** Whether sending the same request again may succeed. */
    public boolean retryable() {
        return retryable;
    }

    /** How long the vendor asked us to wait, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
