package dev.gooseci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@code goose-ci mcp serve} refuses before it serves anything; serving itself is in the ITests. */
class McpServeCommandTest {
    @TempDir
    Path workspace;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "git|unknown extension 'git'; goose-ci mcp serve offers: developer",
                "developer --transport pigeon|unknown --transport 'pigeon'; use stdio or http",
                "developer --port 8080|--port is for --transport http only",
                "developer --transport http --port 70000|port 70000 is out of range",
            })
    void shouldRefuseBadInputWithExitCodeTwo(String args, String message) {
        // given
        String[] argv = ("mcp serve " + args + " --workspace " + workspace).split(" ");

        // when
        CliRun result = CliRun.of(Map.of(), "", argv);

        // then
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(result.err()).contains(message);
    }

    @Test
    void shouldRefuseAWorkspaceThatIsNoDirectory() {
        // when
        CliRun result = CliRun.of(
                Map.of(),
                "",
                "mcp",
                "serve",
                "developer",
                "--workspace",
                workspace.resolve("missing").toString());

        // then
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(result.err()).contains("is not a directory; pass --workspace DIR");
    }

    @Test
    void shouldExplainServeWithHelp() {
        // when
        CliRun result = CliRun.of(Map.of(), "", "mcp", "serve", "--help");

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--transport", "--shell", "127.0.0.1");
    }

    @Test
    void shouldListServeUnderMcp() {
        // when
        CliRun result = CliRun.of(Map.of(), "", "mcp");

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("serve");
    }
}
