package dev.gooseci.config;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * Everything a run is configured with, after every layer was applied (see {@link SettingsLoader}). Immutable and
 * validated; its {@link #toString()} never shows the API key.
 *
 * @param provider the provider's name; {@code ollama}, the offline default, unless set
 * @param model the model, or empty for the provider's default
 * @param baseUrl where the selected provider's API is, instead of its built-in base URL
 * @param apiKey the key for the selected provider, instead of the vendor's own variable; never read from a file
 * @param permissions the approval mode and per-tool rules
 * @param limits the run's budget
 * @param retry how failed provider calls are retried
 * @param http timeouts of provider calls
 * @param prices model name to price, replacing the built-in prices
 * @param providers provider name to that provider's settings
 * @param tools the tools a run offers: shell, write globs, passed variables and MCP servers
 */
public record Settings(
        String provider,
        Optional<String> model,
        Optional<String> baseUrl,
        Optional<Secret> apiKey,
        Permissions permissions,
        Limits limits,
        RetrySettings retry,
        HttpSettings http,
        Map<String, PriceSetting> prices,
        Map<String, ProviderSettings> providers,
        ToolSettings tools) {

    /** The provider used when none is configured: a local server, so that nothing leaves the machine by default. */
    public static final String DEFAULT_PROVIDER = "ollama";

    public Settings {
        requireNonNull(provider, "provider");
        requireNonNull(model, "model");
        requireNonNull(baseUrl, "baseUrl");
        requireNonNull(apiKey, "apiKey");
        requireNonNull(permissions, "permissions");
        requireNonNull(limits, "limits");
        requireNonNull(retry, "retry");
        requireNonNull(http, "http");
        prices = Map.copyOf(prices);
        providers = Map.copyOf(providers);
        requireNonNull(tools, "tools");
        if (provider.isBlank()) {
            throw new IllegalArgumentException("provider cannot be blank; set GOOSE_PROVIDER, for example to ollama");
        }
    }

    public static Settings defaults() {
        return new Settings(
                DEFAULT_PROVIDER,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Permissions.defaults(),
                Limits.defaults(),
                RetrySettings.defaults(),
                HttpSettings.defaults(),
                Map.of(),
                Map.of(),
                ToolSettings.defaults());
    }

    /**
     * The base URL override for {@code name}: {@link #baseUrl()} when {@code name} is the selected provider and it is
     * set, else {@code providers.<name>.base_url}.
     */
    public Optional<String> baseUrlFor(String name) {
        if (name.equals(provider) && baseUrl.isPresent()) {
            return baseUrl;
        }
        ProviderSettings settings = providers.get(name);
        return settings == null ? Optional.empty() : settings.baseUrl();
    }
}
