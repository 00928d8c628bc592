package dev.gooseci.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One value as a source gave it, before it is checked.
 *
 * @param path the key, for example {@code [limits, max_turns]}
 * @param value the text as written; for a YAML list, its items joined with {@code ", "} (for errors only)
 * @param items the items of a YAML list, each as written; empty for a single value
 * @param origin where it was written, for errors: a file and line, a variable or a flag
 * @param fromFile whether it came from a config file, where API keys are refused
 */
record RawSetting(List<String> path, String value, Optional<List<String>> items, String origin, boolean fromFile) {
    RawSetting {
        path = List.copyOf(path);
        requireNonNull(value, "value");
        items = requireNonNull(items, "items").map(List::copyOf);
        requireNonNull(origin, "origin");
    }

    /** A single value, or a list written as one text of comma-separated items. */
    RawSetting(List<String> path, String value, String origin, boolean fromFile) {
        this(path, value, Optional.empty(), origin, fromFile);
    }

    /** A YAML list of single values. */
    static RawSetting list(List<String> path, List<String> items, String origin) {
        return new RawSetting(path, String.join(", ", items), Optional.of(items), origin, true);
    }
}
