package dev.gooseci.provider;

/** The connection failed or timed out before a complete reply arrived. Retried with backoff. */
public final class NetworkException extends ProviderException {
    private static final long serialVersionUID = 1L;

    public NetworkException(String message, Throwable cause) {
        super(message, 0, true, null, cause);
    }
}
