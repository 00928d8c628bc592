package dev.gooseci.tool.mcp;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** An initialized session with one MCP server, and what the server wrote to stderr when it has a stderr. */
final class McpConnection implements AutoCloseable {
    private static final McpJsonMapper MAPPER = McpMapping.MCP_JSON;
    private static final McpSchema.Implementation CLIENT = new McpSchema.Implementation(
            "goose-ci",
            Optional.ofNullable(McpConnection.class.getPackage().getImplementationVersion())
                    .orElse("dev"));

    private final McpSyncClient client;
    private final Optional<IsolatedStdioTransport> stdio;

    private McpConnection(McpSyncClient client, Optional<IsolatedStdioTransport> stdio) {
        this.client = client;
        this.stdio = stdio;
    }

    /**
     * Prepares the session; nothing runs yet. Fails at once when a stdio server's program cannot be found.
     *
     * @param env the caller's filtered environment; the stdio server gets it plus the configuration's env, nothing
     *     else
     */
    static McpConnection create(McpExtensionConfig config, Map<String, String> env) {
        Optional<IsolatedStdioTransport> stdio = Optional.empty();
        McpClientTransport transport;
        if (config.kind() == McpExtensionConfig.Kind.STDIO) {
            Map<String, String> serverEnv = new HashMap<>(env);
            serverEnv.putAll(config.env());
            String program = Executables.resolve(config.name(), config.command(), serverEnv);
            IsolatedStdioTransport isolated = new IsolatedStdioTransport(
                    config.name(), IsolatedStdioTransport.parameters(program, config.args(), serverEnv), MAPPER);
            stdio = Optional.of(isolated);
            transport = isolated;
        } else {
            transport = http(config);
        }
        McpSyncClient client = McpClient.sync(transport)
                .clientInfo(CLIENT)
                .requestTimeout(config.timeout())
                .initializationTimeout(config.timeout())
                .build();
        return new McpConnection(client, stdio);
    }

    private static McpClientTransport http(McpExtensionConfig config) {
        URI uri = URI.create(config.url());
        String base = uri.getScheme() + "://" + uri.getRawAuthority();
        String endpoint = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            endpoint += "?" + uri.getRawQuery();
        }
        HttpRequest.Builder requests = HttpRequest.newBuilder();
        config.headers().forEach(requests::header);
        return HttpClientStreamableHttpTransport.builder(base)
                .endpoint(endpoint)
                .jsonMapper(MAPPER)
                .connectTimeout(config.timeout())
                .requestBuilder(requests)
                .build();
    }

    /**
     * Starts (stdio) or connects to (HTTP) the server, runs the MCP handshake and lists the server's tools. A server
     * without the tools capability (one serving only prompts or resources) has none; asking it would be an error. A
     * stdio server that exits before it answers fails this at once, not at the handshake's timeout.
     */
    List<McpSchema.Tool> initialize() {
        McpSchema.InitializeResult initialized = handshake();
        if (initialized.capabilities() == null || initialized.capabilities().tools() == null) {
            return List.of();
        }
        return client.listTools().tools();
    }

    private McpSchema.InitializeResult handshake() {
        if (stdio.isEmpty()) {
            return client.initialize();
        }
        CompletableFuture<McpSchema.InitializeResult> answer = new CompletableFuture<>();
        Thread caller = new Thread(
                () -> {
                    try {
                        answer.complete(client.initialize());
                    } catch (RuntimeException e) {
                        answer.completeExceptionally(e);
                    }
                },
                "mcp-initialize");
        caller.setDaemon(true);
        caller.start();
        CompletableFuture.anyOf(answer, stdio.get().exited()).join();
        if (!answer.isDone()) {
            throw new IllegalStateException("its server process exited before it answered the MCP handshake");
        }
        try {
            return answer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** Runs {@code onExit} when the stdio server's process ends, for whatever reason; see {@link #initialize}. */
    void watchExit(Runnable onExit) {
        stdio.ifPresent(transport -> transport.exited().thenRun(onExit));
    }

    McpSyncClient client() {
        return client;
    }

    /** The stdio server's last stderr lines, joined; empty for HTTP servers and quiet ones. */
    String lastStderr() {
        return stdio.map(IsolatedStdioTransport::lastStderr).orElse("");
    }

    /** Ends the session; for stdio the SDK sends the server SIGTERM and waits for it to exit. */
    @Override
    public void close() {
        try {
            client.closeGracefully();
        } finally {
            client.close();
        }
    }
}
