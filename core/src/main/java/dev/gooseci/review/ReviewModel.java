package dev.gooseci.review;

import static java.util.Objects.requireNonNull;

import dev.gooseci.agent.CostMeter;
import dev.gooseci.config.Settings;
import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ConfiguredModel;
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
        ConfiguredModel model = ConfiguredModel.open(settings, env, replay);
        return new ReviewModel(model.provider(), model.model(), model::cost);
    }
}
