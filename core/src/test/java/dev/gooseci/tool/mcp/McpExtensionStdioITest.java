package dev.gooseci.tool.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.Toolbox;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The official everything server over stdio, started from tools/npm. */
class McpExtensionStdioITest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String marker = "goose-ci-test-" + UUID.randomUUID();

    private McpExtensionConfig everything() {
        // server-everything reads only its first argument; the marker lets the test find the process
        return McpExtensionConfig.stdio(
                "everything", NpmTools.require(NpmTools.EVERYTHING).toString(), List.of("stdio", marker));
    }

    private ProcessHandle serverProcess() {
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(marker))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no server process with " + marker));
    }

    @Test
    void shouldListToolsWithSchemasAndReadOnlyHints() {
        // given
        try (McpExtension extension = McpExtension.start(everything(), NpmTools.environment(Map.of()))) {

            // when
            Map<String, Tool> tools = new HashMap<>();
            extension.tools().forEach(tool -> tools.put(tool.spec().name(), tool));

            // then
            assertThat(extension.unavailable()).isEmpty();
            assertThat(tools).containsKeys("echo", "get-env", "get-sum", "toggle-simulated-logging");
            JsonNode schema = parse(tools.get("echo").spec().inputSchema());
            assertThat(schema.path("type").asText()).isEqualTo("object");
            assertThat(schema.path("properties").path("message").path("type").asText())
                    .isEqualTo("string");
            assertThat(tools.get("echo").spec().description()).isEqualTo("Echoes back the input string");
            assertThat(tools.get("echo").readOnly()).isTrue();
            assertThat(tools.get("toggle-simulated-logging").readOnly()).isFalse();
        }
    }

    @Test
    void shouldJoinTextAndDescribeImagesInToolResults() {
        // given
        try (Toolbox toolbox = Toolbox.of(List.of(McpExtension.start(everything(), NpmTools.environment(Map.of()))))) {

            // when
            ToolResult echo = toolbox.call("everything__echo", "{\"message\":\"hello\"}");
            ToolResult image = toolbox.call("everything__get-tiny-image", "{}");

            // then
            assertThat(echo).isEqualTo(ToolResult.ok("Echo: hello"));
            assertThat(image.isError()).isFalse();
            assertThat(image.content()).contains("[image image/png, ").contains(" bytes, not shown]");
        }
    }

    @Test
    void shouldPassOnlyTheGivenEnvironmentAndNeverTheJvms() throws Exception {
        // given: the caller filters the token out, as the policy's environment filter does
        Map<String, String> unfiltered = NpmTools.environment(Map.of("GITHUB_TOKEN", "ghp_test123", "LANG", "C"));
        Map<String, String> filtered = new HashMap<>(unfiltered);
        filtered.remove("GITHUB_TOKEN");
        McpExtensionConfig config = everything().withEnv(Map.of("GOOSE_EXTRA", "from-config"));
        Set<String> jvmOnly = new HashSet<>(System.getenv().keySet());
        jvmOnly.removeAll(filtered.keySet());
        assertThat(jvmOnly)
                .as("the JVM has variables we do not pass, so a leak would show")
                .isNotEmpty();

        try (Toolbox toolbox = Toolbox.of(List.of(McpExtension.start(config, filtered)))) {

            // when
            ToolResult result = toolbox.call("everything__get-env", "{}");

            // then
            assertThat(result.isError()).isFalse();
            JsonNode env = parse(result.content());
            Set<String> names = new HashSet<>();
            env.fieldNames().forEachRemaining(names::add);
            assertThat(names).doesNotContain("GITHUB_TOKEN").doesNotContainAnyElementsOf(jvmOnly);
            assertThat(result.content()).doesNotContain("ghp_test123");
            assertThat(env.path("GOOSE_EXTRA").asText()).isEqualTo("from-config");
            assertThat(env.path("LANG").asText()).isEqualTo("C");
            // node adds nothing of its own here; the set is exactly what we passed
            assertThat(names).containsExactlyInAnyOrder("PATH", "LANG", "GOOSE_EXTRA");
        }
    }

    @Test
    void shouldOfferOnlyTheAvailableTools() {
        // given
        McpExtensionConfig config = everything().withAvailableTools(List.of("echo", "get-sum", "no-such-tool"));

        // when
        try (McpExtension extension = McpExtension.start(config, NpmTools.environment(Map.of()))) {

            // then
            assertThat(extension.tools()).extracting(tool -> tool.spec().name()).containsExactly("echo", "get-sum");
        }
    }

    @Test
    void shouldReportBadArgumentsAsAnErrorResultAndStayAvailable() {
        // given
        try (McpExtension extension = McpExtension.start(everything(), NpmTools.environment(Map.of()));
                Toolbox toolbox = Toolbox.of(List.of(extension))) {

            // when
            ToolResult wrong = toolbox.call("everything__echo", "{\"message\":42}");
            ToolResult right = toolbox.call("everything__echo", "{\"message\":\"still here\"}");

            // then
            assertThat(wrong.isError()).isTrue();
            assertThat(wrong.content()).contains("message");
            assertThat(right).isEqualTo(ToolResult.ok("Echo: still here"));
            assertThat(extension.unavailable()).isEmpty();
        }
    }

    @Test
    void shouldTurnAMissingCommandIntoErrorResults() {
        // given
        McpExtensionConfig config = McpExtensionConfig.stdio("broken", "/nonexistent/goose-ci-mcp-server", List.of())
                .withAvailableTools(List.of("echo"));

        // when
        try (McpExtension extension = McpExtension.start(config, NpmTools.environment(Map.of()));
                Toolbox toolbox = Toolbox.of(List.of(extension))) {
            ToolResult result = toolbox.call("broken__echo", "{\"message\":\"hi\"}");

            // then
            assertThat(extension.unavailable()).isPresent();
            assertThat(result.isError()).isTrue();
            assertThat(result.content())
                    .startsWith("extension broken is unavailable: ")
                    .contains("/nonexistent/goose-ci-mcp-server");
        }
    }

    @Test
    void shouldSayThatAServerExitedDuringStartUpRatherThanWaitForItsTimeout() {
        // given: a server that exits at once, with the default 30 s timeout
        McpExtensionConfig config = McpExtensionConfig.stdio(
                        "crashing", "sh", List.of("-c", "echo 'missing API_TOKEN' >&2; exit 3"))
                .withAvailableTools(List.of("echo"));

        // when
        try (McpExtension extension = McpExtension.start(config, NpmTools.environment(Map.of()))) {

            // then: the reason is the exit, not "no answer within 30 s". (Its stderr is not quoted: the SDK drops
            // what a server writes there when its stdout has already ended.)
            assertThat(extension.unavailable())
                    .hasValueSatisfying(reason -> assertThat(reason)
                            .contains("exited before it answered the MCP handshake")
                            .doesNotContain("no answer within"));
        }
    }

    @Test
    void shouldTurnCallsIntoErrorResultsWhenTheServerDies() throws Exception {
        // given
        McpExtensionConfig config = everything().withTimeout(Duration.ofSeconds(5));
        try (McpExtension extension = McpExtension.start(config, NpmTools.environment(Map.of()));
                Toolbox toolbox = Toolbox.of(List.of(extension))) {
            assertThat(toolbox.call("everything__echo", "{\"message\":\"alive\"}")
                            .isError())
                    .isFalse();
            ProcessHandle server = serverProcess();

            // when
            server.destroyForcibly();
            server.onExit().get();
            ToolResult first = toolbox.call("everything__echo", "{\"message\":\"dead\"}");
            ToolResult second = toolbox.call("everything__get-sum", "{\"a\":1,\"b\":2}");

            // then
            assertThat(first.isError()).isTrue();
            assertThat(first.content()).startsWith("extension everything is unavailable: ");
            assertThat(second).isEqualTo(first);
            assertThat(extension.unavailable()).isPresent();
        }
    }

    @Test
    void shouldStopTheServerOnClose() {
        // given
        McpExtension extension = McpExtension.start(everything(), NpmTools.environment(Map.of()));
        ProcessHandle server = serverProcess();

        // when
        extension.close();

        // then
        assertThat(server.onExit()).succeedsWithin(Duration.ofSeconds(10));
        assertThat(server.isAlive()).isFalse();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
