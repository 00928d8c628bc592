package dev.gooseci.provider;

/** The key is missing, wrong or expired (HTTP 401). Never retried: the same key fails again. */
public final class AuthenticationException extends ProviderException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message, int status) {
        super(message, status, false);
    }
}
