package dev.gooseci.tool.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.ToolSpec;

/** One tool of an MCP server; calls go through its extension, which knows whether the server is still there. */
final class McpTool implements Tool {
    private final McpExtension extension;
    private final String mcpName;
    private final ToolSpec spec;
    private final boolean readOnly;

    /**
     * @param mcpName the name the server knows the tool by
     * @param spec the spec the model sees, whose name may differ from {@code mcpName} (see {@link McpExtension})
     */
    McpTool(McpExtension extension, String mcpName, ToolSpec spec, boolean readOnly) {
        this.extension = extension;
        this.mcpName = mcpName;
        this.spec = spec;
        this.readOnly = readOnly;
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public ToolResult call(ObjectNode arguments) {
        return extension.call(mcpName, arguments);
    }
}
