package dev.gooseci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import dev.gooseci.tool.mcp.NpmTools;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An MCP server configured in {@code .goose/config.yaml} (the official everything server from tools/npm, over stdio)
 * called through {@code goose-ci run} with a replayed model; skipped when the server is not installed.
 */
class RunMcpITest {
    @TempDir
    Path home;

    @TempDir
    Path workspace;

    @Test
    void shouldCallAConfiguredServerWithTheFilteredEnvironmentAndGoOnWithoutABrokenOne() throws IOException {
        // given
        Path server = NpmTools.require(NpmTools.EVERYTHING);
        Files.createDirectories(workspace.resolve(".goose"));
        Files.writeString(
                workspace.resolve(".goose/config.yaml"),
                String.join(
                        "\n",
                        "env:",
                        "  pass: [GOOSE_CI_TEST_FLAG]",
                        "extensions:",
                        "  everything:",
                        "    cmd: " + server,
                        "    args: [stdio]",
                        "    available_tools: [echo, get-env]",
                        "  broken:",
                        "    cmd: " + workspace.resolve("no-such-server"),
                        "    timeout: 5s"));
        Path replay = home.resolve("echo_env.jsonl");
        try (InputStream in = getClass().getResourceAsStream("RunMcpITest/echo_env.jsonl")) {
            Files.copy(in, replay);
        }
        Map<String, String> env = Map.of(
                "HOME",
                home.toString(),
                "PATH",
                System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                "GITHUB_TOKEN",
                "ghp_0123456789abcdefghijklmnopqrstuvwxyz",
                "GOOSE_CI_TEST_FLAG",
                "on");

        // when
        CliRun result = CliRun.of(
                env,
                "",
                "run",
                "--replay",
                replay.toString(),
                "-t",
                "Try the server.",
                "--output-format",
                "stream-json",
                "--workspace",
                workspace.toString());

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("goose-ci: warning: MCP extension broken is unavailable, the run goes on");
        List<JsonNode> calls = result.out()
                .lines()
                .map(line -> Json.parse(line, "event"))
                .filter(e -> e.path("type").asText().equals("tool_call"))
                .toList();
        assertThat(calls)
                .extracting(e -> e.path("name").asText())
                .containsExactly("everything__echo", "everything__get-env");
        assertThat(calls.get(0).path("result").asText()).isEqualTo("Echo: hello from the agent");
        String serverEnv = calls.get(1).path("result").asText();
        assertThat(calls.get(1).path("is_error").asBoolean()).isFalse();
        assertThat(serverEnv)
                .contains("GOOSE_CI_TEST_FLAG")
                .doesNotContain("GITHUB_TOKEN")
                .doesNotContain("ghp_");
    }
}
