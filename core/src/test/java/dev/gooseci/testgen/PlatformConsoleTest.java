package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformConsoleTest {
    @TempDir
    Path repository;

    @Test
    void shouldFetchTheConsoleOnceWhenAJarIsMissing() {
        List<String> fetched = new ArrayList<>();

        List<Path> jars = PlatformConsole.locate(repository, "1.14.4", coordinates -> {
            fetched.add(coordinates);
            PlatformConsole.jarsIn(repository, "1.14.4").forEach(PlatformConsoleTest::touch);
            return new ProcessResult(0, "", false, Duration.ZERO);
        });
        List<Path> again = PlatformConsole.locate(repository, "1.14.4", coordinates -> {
            throw new AssertionError("fetched twice");
        });

        assertThat(fetched).containsExactly("org.junit.platform:junit-platform-console:1.14.4");
        assertThat(jars)
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "junit-platform-console-1.14.4.jar",
                        "junit-platform-reporting-1.14.4.jar",
                        "junit-platform-launcher-1.14.4.jar");
        assertThat(again).isEqualTo(jars);
    }

    @Test
    void shouldSayHowToProvideTheConsoleWhenTheFetchFails() {
        assertThatThrownBy(() -> PlatformConsole.locate(
                        repository, "1.14.4", c -> new ProcessResult(1, "offline", false, Duration.ZERO)))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("org.junit.platform:junit-platform-console:1.14.4 is not in " + repository)
                .hasMessageContaining("mvn dependency:get -Dartifact=org.junit.platform:junit-platform-console:1.14.4");
    }

    @ParameterizedTest
    @CsvSource({"1.9.3, false", "1.10.0, true", "1.14.4, true", "6.0.3, true", "1.13.0-M1, true"})
    void shouldUseTheExecuteSubcommandFromPlatform110(String version, boolean subcommands) {
        assertThat(PlatformConsole.hasSubcommands(version)).isEqualTo(subcommands);
    }

    private static void touch(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "jar");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
