package dev.gooseci.provider;

/** The vendor answered with a body we cannot read (bad JSON, an unexpected shape, a truncated stream). Not retried: it points at a proxy or a vendor change, which the message names. */
public final class MalformedResponseException extends ProviderException {
    private static final long serialVersionUID = 1L;

    public MalformedResponseException(String message, Throwable cause) {
        super(message, 0, false, null, cause);
    }
}
