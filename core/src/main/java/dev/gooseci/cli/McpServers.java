package dev.gooseci.cli;

import dev.gooseci.tool.mcp.McpExtension;
import dev.gooseci.tool.mcp.McpExtensionConfig;
import dev.gooseci.tool.mcp.McpExtensions;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Starts a run's MCP servers and says on stderr which ones are unavailable. Kept apart from {@link RunTools} so that a
 * run without servers never loads this class, nor through it the MCP SDK.
 */
final class McpServers {
    private McpServers() {}

    static List<McpExtension> start(List<McpExtensionConfig> configs, Map<String, String> env, PrintWriter err) {
        List<McpExtension> started = McpExtensions.start(configs, env);
        for (McpExtension extension : started) {
            extension
                    .unavailable()
                    .ifPresent(reason -> err.println("goose-ci: warning: MCP extension " + extension.name()
                            + " is unavailable, the run goes on without it: " + reason));
        }
        return started;
    }
}
