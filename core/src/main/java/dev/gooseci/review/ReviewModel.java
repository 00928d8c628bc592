package dev.gooseci.review;

import static java.util.Objects.requireNonNull;

import dev.gooseci.agent.CostMeter;
import dev.gooseci.config.Settings;
import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.HttpTimeouts;
import dev.gooseci.provider.HttpTransport;
import dev.gooseci.provider.PriceTable;
import dev.gooseci.provider.ProviderCatalog;
import dev.gooseci.provider.ProviderFactory;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.provider.replay.ReplayProvider;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The model a review talks to: the provider (or a replayed transcript), the model's name, and the meter that prices
 * its usage from the settings' price table.
 */
public record ReviewModel(ChatProvider provider, String name, CostMeter meter) {

    public ReviewModel {
        requireNonNull(provider, "provider");
        requireNonNull(name, "name");
        requireNonNull(meter, "meter");
    }

    /** The configured provider and model, or the transcript at {@code replay}; keys come from {@code env}. */
    public static ReviewModel open(Settings settings, Map<String, String> env, Optional<Path> replay) {
        ChatProvider provider;
        String model;
        if (replay.isPresent()) {
            ReplayProvider replayed = ReplayProvider.fromFile(replay.get());
            provider = replayed;
            model = settings.model().or(replayed::recordedModel).orElse("replay");
        } else {
            RetryPolicy retry =
                    RetryPolicy.defaults().withMaxRetries(settings.retry().maxRetries());
            HttpTimeouts timeouts = new HttpTimeouts(
                    settings.http().connectTimeout(),
                    settings.http().readTimeout(),
                    settings.http().callTimeout());
            ProviderFactory factory =
                    new ProviderFactory(ProviderCatalog.load(), HttpTransport.create(timeouts, retry));
            String name = settings.provider();
            provider = factory.create(name, env, settings.baseUrlFor(name).or(settings::baseUrl), settings.apiKey());
            model = factory.model(name, settings.model());
        }
        PriceTable prices = PriceTable.of(settings);
        String providerName = provider.name();
        return new ReviewModel(provider, model, usage -> prices.cost(providerName, model, usage));
    }
}
