package dev.gooseci.provider.replay;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Finds a test's fixture under {@code dev/gooseci/provider/replay/<TestClass>/}. */
final class Fixtures {
    private Fixtures() {}

    static Path path(Class<?> test, String name) {
        var url = test.getResource(test.getSimpleName() + "/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + test.getSimpleName() + "/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
