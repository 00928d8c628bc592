package dev.gooseci.tool.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class McpExtensionConfigTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"stdio, STDIO", "STDIO, STDIO", "streamable_http, STREAMABLE_HTTP", "streamable-http, STREAMABLE_HTTP"})
    void shouldParseTheConfiguredKind(String value, McpExtensionConfig.Kind expected) {
        assertThat(McpExtensionConfig.Kind.parse(value)).isEqualTo(expected);
    }

    @Test
    void shouldRejectAnUnknownKindNamingTheChoices() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> McpExtensionConfig.Kind.parse("sse"))
                .withMessage("unknown MCP extension type 'sse'; use 'stdio' or 'streamable_http'");
    }

    @Test
    void shouldDefaultToThirtySecondsEveryToolAndEnabled() {
        // when
        McpExtensionConfig config = McpExtensionConfig.stdio("fs", "npx", List.of("-y", "server"));

        // then
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.availableTools()).isEmpty();
        assertThat(config.enabled()).isTrue();
        assertThat(config.env()).isEmpty();
        assertThat(config.withEnabled(false).enabled()).isFalse();
        assertThat(config.withTimeout(Duration.ofSeconds(5)).timeout()).isEqualTo(Duration.ofSeconds(5));
    }

    static Stream<Arguments> invalidConfigs() {
        return Stream.of(
                Arguments.of(
                        (Supplier<McpExtensionConfig>) () -> McpExtensionConfig.stdio("my_ext", "npx", List.of()),
                        "MCP extension name 'my_ext' may use only letters, digits and '-'; rename it"),
                Arguments.of(
                        (Supplier<McpExtensionConfig>) () -> McpExtensionConfig.stdio("fs", " ", List.of()),
                        "MCP extension fs is of type stdio but has no command; set its 'cmd'"),
                Arguments.of(
                        (Supplier<McpExtensionConfig>) () -> McpExtensionConfig.streamableHttp("api", "ftp://host/mcp"),
                        "MCP extension api is of type streamable_http but its URL 'ftp://host/mcp' is not http(s);"
                                + " set its 'uri' to the server's endpoint, for example http://127.0.0.1:3001/mcp"),
                Arguments.of(
                        (Supplier<McpExtensionConfig>) () ->
                                McpExtensionConfig.stdio("fs", "npx", List.of()).withTimeout(Duration.ZERO),
                        "timeout of MCP extension fs must be positive, was PT0S"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidConfigs")
    void shouldRejectInvalidConfigsSayingWhatToSet(Supplier<McpExtensionConfig> config, String message) {
        assertThatIllegalArgumentException().isThrownBy(config::get).withMessage(message);
    }

    @Test
    void shouldCopyItsCollections() {
        // given
        Map<String, String> env = new HashMap<>(Map.of("A", "1"));

        // when
        McpExtensionConfig config =
                McpExtensionConfig.stdio("fs", "npx", List.of()).withEnv(env);
        env.put("B", "2");

        // then
        assertThat(config.env()).containsOnlyKeys("A");
    }
}
