package dev.gooseci.recipe;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The {@code settings} of a recipe: they override the run's configuration.
 *
 * @param provider {@code goose_provider}
 * @param model {@code goose_model}
 * @param temperature {@code temperature}
 * @param maxTurns {@code max_turns}
 */
public record RecipeSettings(
        Optional<String> provider, Optional<String> model, OptionalDouble temperature, OptionalInt maxTurns) {

    public static final RecipeSettings NONE =
            new RecipeSettings(Optional.empty(), Optional.empty(), OptionalDouble.empty(), OptionalInt.empty());

    public RecipeSettings {
        requireNonNull(provider, "provider");
        requireNonNull(model, "model");
        requireNonNull(temperature, "temperature");
        requireNonNull(maxTurns, "maxTurns");
    }

    /**
     * The overrides as configuration keys ({@code provider}, {@code model}, {@code limits.max_turns}), ready to be
     * applied as flags by {@code SettingsLoader}. Temperature has no configuration key; it goes on the request.
     */
    public Map<String, String> asSettingOverrides() {
        Map<String, String> overrides = new LinkedHashMap<>();
        provider.ifPresent(value -> overrides.put("provider", value));
        model.ifPresent(value -> overrides.put("model", value));
        maxTurns.ifPresent(value -> overrides.put("limits.max_turns", Integer.toString(value)));
        return Map.copyOf(overrides);
    }
}
