package dev.gooseci.tool.mcp;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One MCP server of the configuration. A stdio server is a command the run starts (and stops); a streamable HTTP
 * server is a URL it connects to.
 *
 * @param name the extension's namespace: the model sees its tools as {@code name__tool}
 * @param kind how to reach the server
 * @param command the program to start (stdio only; empty for HTTP)
 * @param args the program's arguments (stdio only)
 * @param env variables the server gets on top of the caller's filtered environment (stdio only)
 * @param url the server's endpoint, for example {@code http://127.0.0.1:3001/mcp} (HTTP only; empty for stdio)
 * @param headers extra request headers, for example {@code Authorization} (HTTP only)
 * @param timeout how long start-up and each call may take before the server counts as unavailable
 * @param availableTools the server's tools to offer the model, by their MCP names; empty offers all
 * @param enabled whether the run uses the server at all
 */
public record McpExtensionConfig(
        String name,
        Kind kind,
        String command,
        List<String> args,
        Map<String, String> env,
        String url,
        Map<String, String> headers,
        Duration timeout,
        List<String> availableTools,
        boolean enabled) {

    /** The default for {@link #timeout}: long enough for {@code npx} to start a server on a cold CI machine. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** The transports we speak. The legacy HTTP+SSE transport is left out: servers moved to streamable HTTP. */
    public enum Kind {
        STDIO,
        STREAMABLE_HTTP;

        /** Parses the configuration's spelling, {@code stdio} or {@code streamable_http}. */
        public static Kind parse(String value) {
            requireNonNull(value, "value");
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(value.trim().replace('-', '_'))) {
                    return kind;
                }
            }
            throw new IllegalArgumentException(
                    "unknown MCP extension type '" + value + "'; use 'stdio' or 'streamable_http'");
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public McpExtensionConfig {
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        requireNonNull(command, "command");
        args = List.copyOf(requireNonNull(args, "args"));
        env = Map.copyOf(requireNonNull(env, "env"));
        requireNonNull(url, "url");
        headers = Map.copyOf(requireNonNull(headers, "headers"));
        requireNonNull(timeout, "timeout");
        availableTools = List.copyOf(requireNonNull(availableTools, "availableTools"));
        if (!name.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException(
                    "MCP extension name '" + name + "' may use only letters, digits and '-'; rename it");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(
                    "timeout of MCP extension " + name + " must be positive, was " + timeout);
        }
        if (kind == Kind.STDIO && command.isBlank()) {
            throw new IllegalArgumentException(
                    "MCP extension " + name + " is of type stdio but has no command; set its 'cmd'");
        }
        if (kind == Kind.STREAMABLE_HTTP) {
            checkUrl(name, url);
        }
    }

    /** A stdio server with the defaults: no extra variables, a 30 s timeout, every tool, enabled. */
    public static McpExtensionConfig stdio(String name, String command, List<String> args) {
        return new McpExtensionConfig(
                name, Kind.STDIO, command, args, Map.of(), "", Map.of(), DEFAULT_TIMEOUT, List.of(), true);
    }

    /** A streamable HTTP server with the defaults: no extra headers, a 30 s timeout, every tool, enabled. */
    public static McpExtensionConfig streamableHttp(String name, String url) {
        return new McpExtensionConfig(
                name, Kind.STREAMABLE_HTTP, "", List.of(), Map.of(), url, Map.of(), DEFAULT_TIMEOUT, List.of(), true);
    }

    public McpExtensionConfig withEnv(Map<String, String> value) {
        return new McpExtensionConfig(name, kind, command, args, value, url, headers, timeout, availableTools, enabled);
    }

    public McpExtensionConfig withHeaders(Map<String, String> value) {
        return new McpExtensionConfig(name, kind, command, args, env, url, value, timeout, availableTools, enabled);
    }

    public McpExtensionConfig withTimeout(Duration value) {
        return new McpExtensionConfig(name, kind, command, args, env, url, headers, value, availableTools, enabled);
    }

    public McpExtensionConfig withAvailableTools(List<String> value) {
        return new McpExtensionConfig(name, kind, command, args, env, url, headers, timeout, value, enabled);
    }

    public McpExtensionConfig withEnabled(boolean value) {
        return new McpExtensionConfig(name, kind, command, args, env, url, headers, timeout, availableTools, value);
    }

    private static void checkUrl(String name, String url) {
        String hint = "; set its 'uri' to the server's endpoint, for example http://127.0.0.1:3001/mcp";
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("MCP extension " + name + " has an invalid URL '" + url + "'" + hint, e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("MCP extension " + name + " is of type streamable_http but its URL '"
                    + url + "' is not http(s)" + hint);
        }
    }
}
