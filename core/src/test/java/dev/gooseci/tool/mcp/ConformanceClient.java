package dev.gooseci.tool.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The client that the MCP conformance suite launches for its client scenarios: our {@link McpExtension} over
 * streamable HTTP. The suite appends the server URL as the last argument and names the scenario in
 * {@code MCP_CONFORMANCE_SCENARIO}. Every scenario initializes and lists tools (that is how an extension starts);
 * {@code tools_call} also calls {@code add_numbers}. The exit code is 0 when the client did its part.
 */
final class ConformanceClient {
    private ConformanceClient() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: ConformanceClient SERVER_URL (with MCP_CONFORMANCE_SCENARIO set)");
            System.exit(2);
        }
        String scenario =
                Optional.ofNullable(System.getenv("MCP_CONFORMANCE_SCENARIO")).orElse("initialize");
        McpExtensionConfig config = McpExtensionConfig.streamableHttp("conformance", args[args.length - 1])
                .withTimeout(Duration.ofSeconds(10));
        int code;
        try (McpExtension extension = McpExtension.start(config, Map.of())) {
            code = run(scenario, extension);
        }
        System.exit(code);
    }

    private static int run(String scenario, McpExtension extension) {
        if (extension.unavailable().isPresent()) {
            System.err.println("cannot connect: " + extension.unavailable().get());
            return 1;
        }
        System.out.println("tools: "
                + extension.tools().stream().map(tool -> tool.spec().name()).toList());
        if (scenario.equals("tools_call")) {
            return call(
                    extension,
                    "add_numbers",
                    McpMapping.JSON.createObjectNode().put("a", 5).put("b", 3));
        }
        if (scenario.equals("sse-retry")) {
            return call(extension, "test_reconnection", McpMapping.JSON.createObjectNode());
        }
        return 0;
    }

    private static int call(McpExtension extension, String name, ObjectNode arguments) {
        Optional<Tool> tool = extension.tools().stream()
                .filter(candidate -> candidate.spec().name().equals(name))
                .findFirst();
        if (tool.isEmpty()) {
            System.err.println("the server offers no " + name + " tool");
            return 1;
        }
        ToolResult result = tool.get().call(arguments);
        System.out.println(name + ": " + result.content());
        return result.isError() ? 1 : 0;
    }
}
