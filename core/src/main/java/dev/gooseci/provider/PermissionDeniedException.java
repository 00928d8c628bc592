package dev.gooseci.provider;

/** The key is valid but may not use this model or endpoint (HTTP 403). Never retried. */
public final class PermissionDeniedException extends ProviderException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String message, int status) {
        super(message, status, false);
    }
}
