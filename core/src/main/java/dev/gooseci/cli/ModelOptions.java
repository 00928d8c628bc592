package dev.gooseci.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every agent command shares: which provider and model, or a transcript to replay instead. */
final class ModelOptions {
    @Option(
            names = "--provider",
            description = "Provider name (see 'goose-ci providers'); default GOOSE_PROVIDER or ollama.")
    String provider;

    @Option(names = "--model", description = "Model name; default GOOSE_MODEL or the provider's default.")
    String model;

    @Option(names = "--replay", paramLabel = "FILE", description = "Play a recorded transcript instead of a model.")
    Path replay;

    /** Puts the chosen provider and model into {@code flags}, under their configuration keys. */
    void addTo(Map<String, String> flags) {
        if (provider != null) {
            flags.put("provider", provider);
        }
        if (model != null) {
            flags.put("model", model);
        }
    }

    Optional<Path> replay() {
        return Optional.ofNullable(replay);
    }
}
