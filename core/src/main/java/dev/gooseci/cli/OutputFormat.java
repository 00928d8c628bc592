package dev.gooseci.cli;

import java.util.Locale;

/** How {@code goose-ci run} prints its result. */
enum OutputFormat {
    /** The model's final answer only. */
    TEXT,
    /** One JSON document at the end: answer, stop reason, usage, cost. */
    JSON,
    /** One JSON event per line as the run goes: turns, text deltas, tool calls and results, the stop. */
    STREAM_JSON;

    static OutputFormat parse(String value) {
        try {
            return valueOf(value.trim().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown output format '" + value + "'; use text, json or stream-json", e);
        }
    }
}
