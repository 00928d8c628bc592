package dev.gooseci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateTestsCommandTest {

    @Test
    void shouldExplainThatGradleProjectsAreNotSupportedYet(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("build.gradle"), "apply plugin: 'java'\n");

        CliRun run = CliRun.of(Map.of("HOME", dir.toString()), "", "generate-tests", "-w", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("Gradle projects are not supported yet (found build.gradle");
    }

    @Test
    void shouldListGenerateTestsInTheHelp() {
        CliRun run = CliRun.of(Map.of(), "", "generate-tests", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("--base", "--targets", "--replay", "--commit", "--push=REMOTE BRANCH", "--[no-]base-check")
                .contains("--max-cost=USD")
                .doesNotContain("REMOTE BRANCH REMOTE BRANCH");
    }

    @Test
    void shouldRefuseACostLimitThatIsNotPositive(@TempDir Path dir) {
        CliRun run = CliRun.of(
                Map.of("HOME", dir.toString()), "", "generate-tests", "-w", dir.toString(), "--max-cost", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("the cost limit must be a positive amount of US dollars, got 0");
    }
}
