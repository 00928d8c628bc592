package dev.gooseci.provider;

/** The prompt does not fit the model's context window. Not retried as is; the agent compacts and tries again. */
public final class ContextTooLongException extends ProviderException {
    private static final long serialVersionUID = 1L;

    public ContextTooLongException(String message, int status) {
        super(message, status, false);
    }
}
