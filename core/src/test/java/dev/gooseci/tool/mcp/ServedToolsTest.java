package dev.gooseci.tool.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.tool.Extension;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.ToolSpec;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ServedToolsTest {
    private static final String SCHEMA =
            "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"}},\"required\":[\"path\"]}";

    @Test
    void shouldDescribeToolWithItsNameDescriptionSchemaAndReadOnlyHint() throws Exception {
        // given
        Tool tool = tool("read_file", true, arguments -> ToolResult.ok(""));

        // when
        SyncToolSpecification specification = ServedTools.specification(tool);

        // then
        McpSchema.Tool described = specification.tool();
        assertThat(described.name()).isEqualTo("read_file");
        assertThat(described.description()).isEqualTo("Reads read_file.");
        JsonNode schema = McpMapping.JSON.valueToTree(described.inputSchema());
        assertThat(schema).isEqualTo(McpMapping.JSON.readTree(SCHEMA));
        assertThat(described.annotations().readOnlyHint()).isTrue();
        assertThat(described.annotations().destructiveHint()).isNull();
    }

    @Test
    void shouldSayReadOnlyHintFalseForToolsThatMayWrite() {
        // given
        Tool tool = tool("write_file", false, arguments -> ToolResult.ok(""));

        // when
        McpSchema.Tool described = ServedTools.specification(tool).tool();

        // then
        assertThat(described.annotations().readOnlyHint()).isFalse();
    }

    @Test
    void shouldPassArgumentsAndReturnTheResultAsOneTextBlock() {
        // given
        AtomicReference<ObjectNode> received = new AtomicReference<>();
        Tool tool = tool("read_file", true, arguments -> {
            received.set(arguments);
            return ToolResult.ok("1: hello");
        });

        // when
        McpSchema.CallToolResult result = ServedTools.call(tool, Map.of("path", "a.txt"));

        // then
        assertThat(received.get()).isEqualTo(McpMapping.JSON.createObjectNode().put("path", "a.txt"));
        assertThat(result.isError()).isFalse();
        assertThat(result.content()).containsExactly(new McpSchema.TextContent("1: hello"));
    }

    @Test
    void shouldReturnToolErrorsAsErrorResults() {
        // given
        Tool tool = tool("read_file", true, arguments -> ToolResult.error("path ../x uses '..'"));

        // when
        McpSchema.CallToolResult result = ServedTools.call(tool, Map.of("path", "../x"));

        // then
        assertThat(result.isError()).isTrue();
        assertThat(result.content()).containsExactly(new McpSchema.TextContent("path ../x uses '..'"));
    }

    @Test
    void shouldTurnWhatToolThrowsIntoAnErrorResult() {
        // given
        Tool tool = tool("search", true, arguments -> {
            throw new IllegalStateException("disk gone");
        });

        // when
        McpSchema.CallToolResult result = ServedTools.call(tool, null);

        // then
        assertThat(result.isError()).isTrue();
        assertThat(((McpSchema.TextContent) result.content().get(0)).text())
                .isEqualTo("search failed: java.lang.IllegalStateException: disk gone");
    }

    @Test
    void shouldServeEveryToolOfAnExtensionInOrder() {
        // given
        List<Tool> tools = List.of(
                tool("read_file", true, arguments -> ToolResult.ok("")),
                tool("write_file", false, arguments -> ToolResult.ok("")));

        // when
        List<SyncToolSpecification> served = ServedTools.of(new Extension() {
            @Override
            public String name() {
                return "developer";
            }

            @Override
            public List<Tool> tools() {
                return tools;
            }
        });

        // then
        assertThat(served).extracting(s -> s.tool().name()).containsExactly("read_file", "write_file");
    }

    private static Tool tool(String name, boolean readOnly, Function<ObjectNode, ToolResult> body) {
        return new Tool() {
            @Override
            public ToolSpec spec() {
                return new ToolSpec(name, "Reads " + name + ".", SCHEMA);
            }

            @Override
            public boolean readOnly() {
                return readOnly;
            }

            @Override
            public ToolResult call(ObjectNode arguments) {
                return body.apply(arguments);
            }
        };
    }
}
