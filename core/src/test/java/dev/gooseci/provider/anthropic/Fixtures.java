package dev.gooseci.provider.anthropic;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the recorded exchanges under {@code <TestClass>/} beside the test class. */
final class Fixtures {
    private Fixtures() {}

    static String text(Class<?> test, String name) {
        String path = test.getSimpleName() + "/" + name;
        try (InputStream in = test.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path + " beside " + test.getName());
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(Class<?> test, String name) {
        return Json.parse(text(test, name), name);
    }
}
