package dev.gooseci.tool.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.tool.Extension;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps our tools to MCP tool specifications for {@link McpToolServer}: the other direction of {@link McpMapping}.
 * Tools keep their own, un-namespaced names ({@code read_file}): an MCP client namespaces them itself.
 */
final class ServedTools {
    private static final Logger LOG = LoggerFactory.getLogger(ServedTools.class);

    private ServedTools() {}

    static List<SyncToolSpecification> of(Extension extension) {
        return extension.tools().stream().map(ServedTools::specification).toList();
    }

    static SyncToolSpecification specification(Tool tool) {
        McpSchema.Tool described = McpSchema.Tool.builder()
                .name(tool.spec().name())
                .description(tool.spec().description())
                .inputSchema(McpMapping.MCP_JSON, tool.spec().inputSchema())
                .annotations(annotations(tool))
                .build();
        return SyncToolSpecification.builder()
                .tool(described)
                .callHandler((exchange, request) -> call(tool, request.arguments()))
                .build();
    }

    /**
     * Only {@code readOnlyHint} is ours to know. A tool that may write says {@code false}; the other hints (destructive,
     * idempotent, open world) are left unset, so that clients apply the protocol's cautious defaults.
     */
    private static McpSchema.ToolAnnotations annotations(Tool tool) {
        return McpSchema.ToolAnnotations.builder().readOnlyHint(tool.readOnly()).build();
    }

    /**
     * Runs the tool. Its own failures (a sandbox denial, a missing file) come back as {@code isError} results the
     * client's model can act on; so does anything it throws, as our {@code Toolbox} does for the agent, so that one bad
     * call never ends a session.
     */
    static McpSchema.CallToolResult call(Tool tool, Map<String, Object> arguments) {
        ToolResult result;
        try {
            JsonNode parsed = McpMapping.JSON.valueToTree(arguments == null ? Map.of() : arguments);
            result = parsed instanceof ObjectNode object
                    ? tool.call(object)
                    : ToolResult.error("arguments of " + tool.spec().name() + " must be a JSON object");
        } catch (RuntimeException e) {
            LOG.warn("tool {} failed", tool.spec().name(), e);
            result = ToolResult.error(tool.spec().name() + " failed: " + e);
        }
        return McpSchema.CallToolResult.builder()
                .addTextContent(result.content())
                .isError(result.isError())
                .build();
    }
}
