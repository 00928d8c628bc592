package dev.gooseci.config;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One value as a source gave it, before it is checked.
 *
 * @param path the key, for example {@code [limits, max_turns]}
 * @param value the text as written
 * @param origin where it was written, for errors: a file and line, a variable or a flag
 * @param fromFile whether it came from a config file, where API keys are refused
 */
record RawSetting(List<String> path, String value, String origin, boolean fromFile) {
    RawSetting {
        path = List.copyOf(path);
        requireNonNull(value, "value");
        requireNonNull(origin, "origin");
    }
}
