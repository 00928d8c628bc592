package dev.gooseci.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.tool.mcp.McpExtensionConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a recipe's {@code extensions}: Goose's {@code builtin}, {@code stdio} and {@code streamable_http} entries.
 * Goose's other kinds either need a desktop ({@code frontend}, {@code platform}) or are transports we do not speak,
 * and are reported by name.
 */
final class ExtensionReader {
    private static final Set<String> BUILTIN =
            Set.of("type", "name", "display_name", "description", "timeout", "bundled");
    private static final Set<String> STDIO = Set.of(
            "type", "name", "cmd", "args", "envs", "env_keys", "timeout", "description", "available_tools", "bundled");
    private static final Set<String> HTTP = Set.of(
            "type",
            "name",
            "uri",
            "headers",
            "envs",
            "env_keys",
            "timeout",
            "description",
            "available_tools",
            "bundled");

    private final Fields fields;
    private final Problems problems;
    private final Template template;
    final List<String> builtins = new ArrayList<>();
    final List<McpExtensionConfig> servers = new ArrayList<>();

    ExtensionReader(Fields fields, Template template) {
        this.fields = fields;
        this.problems = fields.problems();
        this.template = template;
    }

    void read(ObjectNode root) {
        List<JsonNode> items = fields.list(root, "", "extensions");
        for (int i = 0; i < items.size(); i++) {
            String at = "/extensions/" + i;
            JsonNode item = items.get(i);
            String type = item.path("type").asText("");
            if (type.equals("builtin")) {
                fields.mapping(item, at, BUILTIN).ifPresent(node -> builtin(node, at));
            } else if (type.equals("stdio")) {
                fields.mapping(item, at, STDIO).ifPresent(node -> server(node, at, McpExtensionConfig.Kind.STDIO));
            } else if (type.equals("streamable_http")) {
                fields.mapping(item, at, HTTP)
                        .ifPresent(node -> server(node, at, McpExtensionConfig.Kind.STREAMABLE_HTTP));
            } else if (type.equals("sse")) {
                problems.add(at + "/type", "the legacy SSE transport is not supported; use streamable_http");
            } else {
                problems.add(
                        at + (item.has("type") ? "/type" : ""),
                        (type.isEmpty() ? "an extension needs a type" : "type '" + type + "' is not supported")
                                + "; use builtin, stdio or streamable_http");
            }
        }
    }

    private void builtin(ObjectNode node, String at) {
        String name = fields.required(node, at, "name", "the built-in extension, for example developer");
        if (!name.isEmpty()) {
            builtins.add(name);
        }
    }

    private void server(ObjectNode node, String at, McpExtensionConfig.Kind kind) {
        String name = fields.required(node, at, "name", "the namespace of the server's tools");
        boolean stdio = kind == McpExtensionConfig.Kind.STDIO;
        String command =
                stdio ? template.render(fields.required(node, at, "cmd", "the program to start"), at + "/cmd") : "";
        String url =
                stdio ? "" : template.render(fields.required(node, at, "uri", "the server's endpoint"), at + "/uri");
        List<String> args = fields.strings(node, at, "args", template);
        Map<String, String> env = fields.stringMap(node, at, "envs", template);
        Map<String, String> headers = fields.stringMap(node, at, "headers", template);
        List<String> tools = fields.strings(node, at, "available_tools", template);
        Optional<Integer> seconds = fields.integer(node, at, "timeout", 1);
        if (node.has("env_keys")) {
            problems.add(
                    at + "/env_keys",
                    "is not supported: MCP servers get only the run's filtered environment, never the CI's secrets;"
                            + " set non-secret values under 'envs'");
        }
        if (name.isEmpty() || command.isEmpty() && url.isEmpty()) {
            return;
        }
        try {
            servers.add(new McpExtensionConfig(
                    name,
                    kind,
                    command,
                    args,
                    env,
                    url,
                    headers,
                    seconds.map(Duration::ofSeconds).orElse(McpExtensionConfig.DEFAULT_TIMEOUT),
                    tools,
                    true));
        } catch (IllegalArgumentException e) {
            problems.add(at, e.getMessage());
        }
    }
}
