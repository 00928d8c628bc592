package dev.gooseci.config;

import static java.util.Objects.requireNonNull;

/**
 * A credential. {@link #toString()} masks it, so that a secret logged or printed by accident shows nothing; only
 * {@link #reveal()} gives the value, and only code that sends it on the wire calls that.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret cannot be blank");
        }
        return new Secret(value);
    }

    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && that.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "****";
    }
}
