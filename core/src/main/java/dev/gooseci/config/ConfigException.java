package dev.gooseci.config;

/**
 * A setting could not be read: an unknown key, a bad value, unreadable YAML or a key stored where keys must not be.
 * The message names where the setting came from (file and line, environment variable or flag), the key, and what is
 * allowed instead, so that it can be shown to the user as it is.
 */
public final class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
