package dev.gooseci.action;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The webhook payload the runner saved at {@code GITHUB_EVENT_PATH} for the event {@code GITHUB_EVENT_NAME}. Its
 * texts (titles, bodies, comments) are untrusted.
 *
 * @param name the event's name, such as {@code pull_request} or {@code issue_comment}
 * @param path where the runner saved the payload, for messages
 * @param payload the payload
 */
record EventFile(String name, String path, JsonNode payload) {

    EventFile {
        requireNonNull(name, "name");
        requireNonNull(path, "path");
        requireNonNull(payload, "payload");
    }

    /** Reads the payload of the event {@code name}; throws when the file is missing or not JSON. */
    static EventFile read(Map<String, String> env, String name) {
        String path = env.getOrDefault("GITHUB_EVENT_PATH", "");
        if (path.isBlank()) {
            throw new IllegalArgumentException("GITHUB_EVENT_PATH is not set; the action runs only inside a workflow");
        }
        try {
            return new EventFile(
                    name,
                    path,
                    Json.parse(Files.readString(Path.of(path), StandardCharsets.UTF_8), "the event " + path));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the event file GITHUB_EVENT_PATH=" + path + ": " + e, e);
        }
    }
}
