package dev.gooseci.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;

/** Reads recorded fixtures from the test class's own resource folder and turns them into mock replies. */
final class Fixtures {
    private Fixtures() {}

    static String read(Class<?> test, String name) {
        try (InputStream in = test.getResourceAsStream(test.getSimpleName() + "/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + test.getSimpleName() + "/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(Class<?> test, String name) {
        return Json.parse(read(test, name), name);
    }

    static MockResponse jsonReply(Class<?> test, String name) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body(read(test, name))
                .build();
    }

    static MockResponse sseReply(Class<?> test, String name) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "text/event-stream")
                .body(read(test, name))
                .build();
    }
}
