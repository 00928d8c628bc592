package dev.gooseci.tool.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.Toolbox;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps between MCP's tool and result types and ours. */
final class McpMapping {
    /** The one mapper of this package; the SDK's JSON binding wraps it too. */
    static final ObjectMapper JSON = new ObjectMapper();
    /** {@link #JSON} as the SDK's JSON binding, for the client and the server side. */
    static final McpJsonMapper MCP_JSON = new JacksonMcpJsonMapper(JSON);

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
    private static final String EMPTY_SCHEMA = "{\"type\":\"object\",\"properties\":{}}";

    private McpMapping() {}

    /**
     * The name the model sees: the MCP name with characters outside {@code [A-Za-z0-9_-]} replaced by '_', or empty
     * when {@code extension__name} would pass the 64 characters every provider accepts.
     */
    static Optional<String> specName(String extension, String mcpName) {
        String name = mcpName.replaceAll("[^A-Za-z0-9_-]", "_");
        int room = 64 - extension.length() - Toolbox.SEPARATOR.length();
        return name.isEmpty() || name.length() > room ? Optional.empty() : Optional.of(name);
    }

    /** The tool's JSON Schema as JSON text; a tool without one takes an empty object. */
    static String inputSchema(McpSchema.Tool tool) {
        if (tool.inputSchema() == null || tool.inputSchema().isEmpty()) {
            return EMPTY_SCHEMA;
        }
        try {
            return JSON.writeValueAsString(tool.inputSchema());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the input schema of MCP tool " + tool.name() + " is not JSON", e);
        }
    }

    /** The description, else the title, else nothing: the model still sees the name and the schema. */
    static String description(McpSchema.Tool tool) {
        if (tool.description() != null && !tool.description().isBlank()) {
            return tool.description();
        }
        return tool.title() == null ? "" : tool.title();
    }

    /** Trusts the server's {@code readOnlyHint}; a tool that says nothing may write. */
    static boolean readOnly(McpSchema.Tool tool) {
        return tool.annotations() != null
                && Boolean.TRUE.equals(tool.annotations().readOnlyHint());
    }

    static Map<String, Object> arguments(ObjectNode arguments) {
        return JSON.convertValue(arguments, OBJECT);
    }

    /** Text blocks joined by newlines; other blocks are described in a line, since the model gets text only. */
    static ToolResult result(McpSchema.CallToolResult result) {
        List<String> parts = new ArrayList<>();
        for (McpSchema.Content content : result.content() == null ? List.<McpSchema.Content>of() : result.content()) {
            parts.add(describe(content));
        }
        if (parts.isEmpty() && result.structuredContent() != null) {
            parts.add(json(result.structuredContent()));
        }
        return new ToolResult(String.join("\n", parts), Boolean.TRUE.equals(result.isError()));
    }

    private static String describe(McpSchema.Content content) {
        if (content instanceof McpSchema.TextContent text) {
            return text.text();
        }
        if (content instanceof McpSchema.ImageContent image) {
            return "[image " + image.mimeType() + ", " + decodedSize(image.data()) + " bytes, not shown]";
        }
        if (content instanceof McpSchema.AudioContent audio) {
            return "[audio " + audio.mimeType() + ", " + decodedSize(audio.data()) + " bytes, not shown]";
        }
        if (content instanceof McpSchema.ResourceLink link) {
            return "[resource link " + link.uri() + (link.name() == null ? "" : " (" + link.name() + ")") + "]";
        }
        if (content instanceof McpSchema.EmbeddedResource embedded) {
            McpSchema.ResourceContents resource = embedded.resource();
            if (resource instanceof McpSchema.TextResourceContents text) {
                return "[resource " + text.uri() + "]\n" + text.text();
            }
            return "[resource " + resource.uri() + ", " + resource.mimeType() + ", binary, not shown]";
        }
        return "[" + content.type() + " content, not shown]";
    }

    private static long decodedSize(String base64) {
        return base64 == null ? 0 : base64.length() / 4L * 3;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
