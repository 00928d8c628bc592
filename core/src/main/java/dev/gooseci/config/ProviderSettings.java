package dev.gooseci.config;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Settings for one named provider, from {@code providers.<name>} in a config file.
 *
 * @param baseUrl where that provider's API is, instead of its built-in base URL
 */
public record ProviderSettings(Optional<String> baseUrl) {
    public ProviderSettings {
        requireNonNull(baseUrl, "baseUrl");
    }
}
