package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectSetupTest {
    @TempDir
    Path dir;

    @Test
    void shouldNameTheDirectoriesUnderTheProjectPathTheCallerUsesWhenItIsALink() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real")).toRealPath();
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        DirectSetup fromMaven = new DirectSetup(
                real.resolve("src/main/java"),
                real.resolve("src/test/java"),
                real.resolve("target/classes"),
                real.resolve("target/test-classes"),
                List.of(Path.of("/repo/a.jar")),
                List.of(),
                List.of(),
                Map.of(),
                Optional.of("1.14.4"),
                List.of());

        DirectSetup setup = fromMaven.under(link);

        assertThat(setup.testSources()).isEqualTo(link.resolve("src/test/java"));
        assertThat(setup.testClasses()).isEqualTo(link.resolve("target/test-classes"));
        assertThat(setup.classpath()).containsExactly(Path.of("/repo/a.jar"));
        assertThat(fromMaven.under(real)).isEqualTo(fromMaven);
    }
}
