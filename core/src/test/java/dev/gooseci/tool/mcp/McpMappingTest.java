package dev.gooseci.tool.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.tool.ToolResult;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class McpMappingTest {

    static Stream<Arguments> results() {
        return Stream.of(
                Arguments.of(
                        new McpSchema.CallToolResult(
                                List.of(new McpSchema.TextContent("one"), new McpSchema.TextContent("two")),
                                false,
                                null,
                                null),
                        ToolResult.ok("one\ntwo")),
                Arguments.of(
                        new McpSchema.CallToolResult(
                                List.of(new McpSchema.TextContent("no such file")), true, null, null),
                        ToolResult.error("no such file")),
                Arguments.of(
                        new McpSchema.CallToolResult(
                                List.of(new McpSchema.ImageContent(null, "AAAA", "image/png")), null, null, null),
                        ToolResult.ok("[image image/png, 3 bytes, not shown]")),
                Arguments.of(
                        new McpSchema.CallToolResult(
                                List.of(new McpSchema.EmbeddedResource(
                                        null, new McpSchema.TextResourceContents("file:///a.txt", "text/plain", "hi"))),
                                false,
                                null,
                                null),
                        ToolResult.ok("[resource file:///a.txt]\nhi")),
                Arguments.of(
                        new McpSchema.CallToolResult(List.of(), false, Map.of("sum", 5), null),
                        ToolResult.ok("{\"sum\":5}")));
    }

    @ParameterizedTest
    @MethodSource("results")
    void shouldMapCallResultsToText(McpSchema.CallToolResult result, ToolResult expected) {
        assertThat(McpMapping.result(result)).isEqualTo(expected);
    }

    static Stream<Arguments> annotations() {
        return Stream.of(
                Arguments.of(new McpSchema.ToolAnnotations(null, true, false, true, false, null), true),
                Arguments.of(new McpSchema.ToolAnnotations(null, false, true, false, false, null), false),
                Arguments.of(new McpSchema.ToolAnnotations(null, null, null, null, null, null), false),
                Arguments.of(null, false));
    }

    @ParameterizedTest
    @MethodSource("annotations")
    void shouldTrustOnlyAnExplicitReadOnlyHint(McpSchema.ToolAnnotations annotations, boolean readOnly) {
        // given
        McpSchema.Tool tool = new McpSchema.Tool("t", null, "d", Map.of("type", "object"), null, annotations, null);

        // then
        assertThat(McpMapping.readOnly(tool)).isEqualTo(readOnly);
    }

    @Test
    void shouldSendTheInputSchemaAsJsonTextAndFallBackToTheTitle() throws Exception {
        // given
        McpSchema.Tool tool = new McpSchema.Tool(
                "echo",
                "Echo",
                null,
                Map.of("type", "object", "properties", Map.of("message", Map.of("type", "string"))),
                null,
                null,
                null);

        // then
        assertThat(McpMapping.JSON.readTree(McpMapping.inputSchema(tool)))
                .isEqualTo(McpMapping.JSON.readTree(
                        "{\"type\":\"object\",\"properties\":{\"message\":{\"type\":\"string\"}}}"));
        assertThat(McpMapping.description(tool)).isEqualTo("Echo");
    }

    @ParameterizedTest(name = "{0}__{1} -> {2}")
    @CsvSource({
        "fs, read_file, read_file",
        "fs, files.read/v2, files_read_v2",
        "github, get-issue, get-issue",
        "ext, a123456789a123456789a123456789a123456789a123456789a123456789, ''"
    })
    void shouldNameToolsSoEveryProviderAcceptsTheNamespacedName(String extension, String mcpName, String expected) {
        assertThat(McpMapping.specName(extension, mcpName).orElse("")).isEqualTo(expected);
    }
}
