package dev.gooseci.provider;

/**
 * A provider that needs an API key has none. A bad-input error like any other, typed so that hosts can say why the
 * key is absent where they know (a fork's pull request gets no secrets on GitHub).
 */
public final class MissingKeyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MissingKeyException(String message) {
        super(message);
    }
}
