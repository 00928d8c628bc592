package dev.gooseci.review;

import dev.gooseci.config.Settings;
import dev.gooseci.config.SettingsLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads the settings of a review. On a fork's pull request the repository's {@code .goose/config.yaml} is the base
 * commit's, so that the pull request cannot change the provider, the model or the limits it is reviewed with.
 */
public final class ReviewSettings {
    private static final String CONFIG = ".goose/config.yaml";

    private ReviewSettings() {}

    public static Settings load(ReviewPlan plan, boolean fork, Map<String, String> env, Map<String, String> flags) {
        if (!fork) {
            return SettingsLoader.load(env, plan.root(), flags);
        }
        Optional<String> config = new CommitFiles(plan.root(), plan.change().baseSha()).read(CONFIG);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("goose-base-config");
            if (config.isPresent()) {
                Path file = dir.resolve(CONFIG);
                Files.createDirectories(file.getParent());
                Files.writeString(file, config.get(), StandardCharsets.UTF_8);
            }
            return SettingsLoader.load(env, dir, flags);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the base commit's " + CONFIG + ": " + e.getMessage(), e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
