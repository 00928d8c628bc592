package dev.gooseci.provider;

/** The vendor rejected the request itself (HTTP 400, 404, 422). Never retried: it would fail the same way. */
public final class BadRequestException extends ProviderException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String message, int status) {
        super(message, status, false);
    }
}
