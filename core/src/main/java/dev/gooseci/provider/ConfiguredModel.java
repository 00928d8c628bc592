package dev.gooseci.provider;

import static java.util.Objects.requireNonNull;

import dev.gooseci.config.Settings;
import dev.gooseci.provider.replay.ReplayProvider;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The model a run talks to, as the settings choose it: the configured provider with its retry policy and timeouts,
 * or a recorded transcript when one is given. Every host opens its model here, so they all read the same settings the
 * same way.
 *
 * @param provider the provider to call
 * @param model the model name requests carry
 * @param prices the price table, with the settings' overrides
 */
public record ConfiguredModel(ChatProvider provider, String model, PriceTable prices) {
    public ConfiguredModel {
        requireNonNull(provider, "provider");
        requireNonNull(model, "model");
        requireNonNull(prices, "prices");
    }

    /**
     * Opens the configured provider, or the transcript at {@code replay}, whose recorded model is used unless the
     * settings name one. Keys and base URLs come from {@code env} as each vendor names them.
     */
    public static ConfiguredModel open(Settings settings, Map<String, String> env, Optional<Path> replay) {
        PriceTable prices = PriceTable.of(settings);
        if (replay.isPresent()) {
            ReplayProvider replayed = ReplayProvider.fromFile(replay.get());
            return new ConfiguredModel(
                    replayed, settings.model().or(replayed::recordedModel).orElse("replay"), prices);
        }
        RetryPolicy retry =
                RetryPolicy.defaults().withMaxRetries(settings.retry().maxRetries());
        HttpTimeouts timeouts = new HttpTimeouts(
                settings.http().connectTimeout(),
                settings.http().readTimeout(),
                settings.http().callTimeout());
        ProviderFactory factory = new ProviderFactory(ProviderCatalog.load(), HttpTransport.create(timeouts, retry));
        String name = settings.provider();
        ChatProvider provider =
                factory.create(name, env, settings.baseUrlFor(name).or(settings::baseUrl), settings.apiKey());
        return new ConfiguredModel(provider, factory.model(name, settings.model()), prices);
    }

    /**
     * The error for a cost limit on a model whose price is unknown: such a limit could never fire, so it is refused
     * with the configuration keys that give the price.
     */
    public static IllegalArgumentException unmeasurableLimit(String provider, String model) {
        return new IllegalArgumentException("a cost limit is set, but the price of " + provider + " model '" + model
                + "' is unknown; add prices." + model + ".input and prices." + model
                + ".output (USD per million tokens) to .goose/config.yaml, or remove the limit");
    }

    /** Whether this model's price is known, so that a cost limit can be measured. */
    public boolean priced() {
        return prices.price(provider.name(), model).isPresent();
    }

    /** What {@code usage} of this model costs; unknown when its price is. */
    public Cost cost(Usage usage) {
        return prices.cost(provider.name(), model, usage);
    }
}
