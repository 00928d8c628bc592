package dev.gooseci.provider.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a test's recorded fixtures from {@code <package>/<TestClass>/<name>} on the test class path. */
final class Fixtures {
    private Fixtures() {}

    static String text(Class<?> test, String name) {
        String path = test.getSimpleName() + "/" + name;
        try (InputStream in = test.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path + " next to " + test.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(Class<?> test, String name) {
        return Json.parse(text(test, name), name);
    }
}
