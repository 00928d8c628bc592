package dev.gooseci.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a path is classified for the packing order: source, test, config, docs. */
class FileKindTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "src/main/java/app/Cart.java, SOURCE",
        "cmd/server/main.go, SOURCE",
        "scripts/deploy.sh, SOURCE",
        "src/test/java/app/CartTest.java, TEST",
        "core/src/test/resources/app.yml, TEST",
        "app/CartIT.java, TEST",
        "pkg/cart_test.go, TEST",
        "tests/conftest.py, TEST",
        "lib/test_cart.py, TEST",
        "web/cart.spec.ts, TEST",
        "web/__tests__/cart.js, TEST",
        "spec/cart_spec.rb, TEST",
        "pom.xml, CONFIG",
        ".github/workflows/ci.yml, CONFIG",
        "Dockerfile, CONFIG",
        "config/app.properties, CONFIG",
        "build.gradle.kts, CONFIG",
        "README.md, DOCS",
        "docs/conf.py, DOCS",
        "LICENSE, DOCS",
        "CHANGELOG.adoc, DOCS",
        "Contest.java, SOURCE"
    })
    void shouldClassifyByPathBeforeExtension(String path, FileKind expected) {
        assertThat(FileKind.of(path)).isEqualTo(expected);
    }
}
