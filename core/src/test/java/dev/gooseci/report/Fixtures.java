package dev.gooseci.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads {@code <TestClass>/<name>} from the test's resource folder. */
final class Fixtures {
    private Fixtures() {}

    static String read(Class<?> test, String name) {
        String path = test.getSimpleName() + "/" + name;
        try (InputStream in = test.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + test.getPackageName() + "/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
