package dev.gooseci.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;

/**
 * Reads a test's recorded fixtures from {@code <package>/<TestClass>/<name>} on the test class path, and turns them
 * into fake vendor replies. Shared by every wire format's tests.
 */
public final class Fixtures {
    private Fixtures() {}

    public static String text(Class<?> test, String name) {
        String path = test.getSimpleName() + "/" + name;
        try (InputStream in = test.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path + " beside " + test.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same as {@link #text}. */
    public static String read(Class<?> test, String name) {
        return text(test, name);
    }

    public static JsonNode json(Class<?> test, String name) {
        return Json.parse(text(test, name), name);
    }

    public static MockResponse jsonReply(Class<?> test, String name) {
        return reply("application/json", text(test, name));
    }

    public static MockResponse sseReply(Class<?> test, String name) {
        return reply("text/event-stream", text(test, name));
    }

    private static MockResponse reply(String contentType, String body) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", contentType)
                .body(body)
                .build();
    }
}
