package dev.gooseci.tool.mcp;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.tool.Extension;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.ToolSpec;
import dev.gooseci.tool.Toolbox;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tools of one MCP server. The server is started (or connected to) and its tools are listed in {@link #start},
 * not on first use: the {@link Toolbox} needs the specs before the first model call anyway, and a broken server is
 * then reported once, at start-up, instead of in the middle of a run.
 *
 * <p>A server that cannot start, does not answer within the timeout, or dies never fails the run. It is logged once
 * at WARN and from then on every call of its tools returns "extension X is unavailable: why". If it never started,
 * it offers the tools its {@code availableTools} names (so that calls to them say why they fail), or none.
 */
public final class McpExtension implements Extension {
    private static final Logger LOG = LoggerFactory.getLogger(McpExtension.class);

    private final McpExtensionConfig config;
    private final Optional<McpConnection> connection;
    private final AtomicReference<String> unavailable;
    private final List<Tool> tools = new ArrayList<>();
    private volatile boolean closed;

    private McpExtension(McpExtensionConfig config, Optional<McpConnection> connection, String unavailable) {
        this.config = config;
        this.connection = connection;
        this.unavailable = new AtomicReference<>(unavailable);
    }

    /**
     * Starts the server of {@code config} and lists its tools. Never throws for a broken server: see the class
     * comment.
     *
     * @param env the caller's filtered environment (no CI tokens, no provider keys). A stdio server gets these
     *     variables plus the configuration's {@code env}, and never the JVM's own environment.
     */
    public static McpExtension start(McpExtensionConfig config, Map<String, String> env) {
        requireNonNull(config, "config");
        requireNonNull(env, "env");
        McpConnection connection;
        try {
            connection = McpConnection.create(config, env);
        } catch (RuntimeException e) {
            return failed(config, McpFailure.reason(config, e, ""));
        }
        List<McpSchema.Tool> listed;
        try {
            listed = connection.initialize();
        } catch (RuntimeException e) {
            String stderr = connection.lastStderr();
            connection.close();
            return failed(config, McpFailure.where(config) + McpFailure.reason(config, e, stderr));
        }
        McpExtension extension = new McpExtension(config, Optional.of(connection), null);
        extension.offer(listed);
        connection.watchExit(extension::exited);
        return extension;
    }

    private static McpExtension failed(McpExtensionConfig config, String reason) {
        LOG.warn("MCP extension {} is unavailable, the run goes on without it: {}", config.name(), reason);
        McpExtension extension = new McpExtension(config, Optional.empty(), reason);
        String description = "Unavailable: MCP extension " + config.name() + " failed to start.";
        for (String name : config.availableTools()) {
            McpMapping.specName(config.name(), name)
                    .ifPresent(specName ->
                            extension.add(name, new ToolSpec(specName, description, "{\"type\":\"object\"}"), false));
        }
        return extension;
    }

    private void offer(List<McpSchema.Tool> listed) {
        Set<String> wanted = new HashSet<>(config.availableTools());
        List<String> offered = new ArrayList<>();
        for (McpSchema.Tool tool : listed) {
            offered.add(tool.name());
            if (!wanted.isEmpty() && !wanted.remove(tool.name())) {
                continue;
            }
            Optional<String> specName = McpMapping.specName(config.name(), tool.name());
            if (specName.isEmpty()
                    || tools.stream().anyMatch(t -> t.spec().name().equals(specName.get()))) {
                LOG.warn(
                        "MCP extension {}: tool '{}' is left out, its name is too long or clashes once namespaced",
                        config.name(),
                        tool.name());
                continue;
            }
            add(
                    tool.name(),
                    new ToolSpec(specName.get(), McpMapping.description(tool), McpMapping.inputSchema(tool)),
                    McpMapping.readOnly(tool));
        }
        if (!wanted.isEmpty()) {
            LOG.warn(
                    "MCP extension {} has no tools named {} (see its available_tools); it offers {}",
                    config.name(),
                    wanted,
                    offered);
        }
    }

    private void add(String mcpName, ToolSpec spec, boolean readOnly) {
        tools.add(new McpTool(this, mcpName, spec, readOnly));
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public List<Tool> tools() {
        return List.copyOf(tools);
    }

    /** Why the server is unavailable, if it is. */
    public Optional<String> unavailable() {
        return Optional.ofNullable(unavailable.get());
    }

    ToolResult call(String mcpName, ObjectNode arguments) {
        String down = unavailable.get();
        if (down != null || connection.isEmpty()) {
            return ToolResult.error(unavailableMessage(down));
        }
        try {
            McpSchema.CallToolResult result = connection
                    .get()
                    .client()
                    .callTool(new McpSchema.CallToolRequest(mcpName, McpMapping.arguments(arguments)));
            return McpMapping.result(result);
        } catch (McpError e) {
            if (e.getJsonRpcError() != null) {
                // The server answered with an error (unknown tool, bad arguments): it is still there.
                return ToolResult.error(config.name() + Toolbox.SEPARATOR + mcpName + " failed: " + e.getMessage());
            }
            return markUnavailable(e);
        } catch (RuntimeException e) {
            return markUnavailable(e);
        }
    }

    private ToolResult markUnavailable(RuntimeException e) {
        LOG.debug("MCP extension {} failed", config.name(), e);
        markUnavailable(McpFailure.reason(
                config, e, connection.map(McpConnection::lastStderr).orElse("")));
        return ToolResult.error(unavailableMessage(unavailable.get()));
    }

    private void markUnavailable(String reason) {
        if (unavailable.compareAndSet(null, reason)) {
            LOG.warn("MCP extension {} is unavailable, its tools now return errors: {}", config.name(), reason);
        }
    }

    /** The server process ended while the extension was open: fail the calls in flight now, not at their timeout. */
    private void exited() {
        if (closed) {
            return;
        }
        String stderr = connection.map(McpConnection::lastStderr).orElse("");
        markUnavailable("its server process exited" + (stderr.isEmpty() ? "" : " (its last stderr: " + stderr + ")"));
        connection.ifPresent(McpConnection::close);
    }

    private String unavailableMessage(String reason) {
        return "extension " + config.name() + " is unavailable: " + reason
                + ". Do without its tools for the rest of this task.";
    }

    /** Stops the stdio server, or ends the HTTP session. */
    @Override
    public void close() {
        closed = true;
        connection.ifPresent(open -> {
            try {
                open.close();
            } catch (RuntimeException e) {
                LOG.warn("closing MCP extension {} failed", config.name(), e);
            }
        });
    }
}
