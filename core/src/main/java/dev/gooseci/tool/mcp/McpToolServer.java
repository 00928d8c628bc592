package dev.gooseci.tool.mcp;

import static java.util.Objects.requireNonNull;

import dev.gooseci.tool.Extension;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Serves the tools of one {@link Extension} as an MCP server, so that other MCP clients can use them with the same
 * sandbox, command policy and redaction our agent gets. Each tool keeps its name, description and input schema;
 * {@link dev.gooseci.tool.Tool#readOnly()} becomes the {@code readOnlyHint} annotation, and a {@code ToolResult}
 * becomes one text block with {@code isError} set as it was, so denials reach the client as error results.
 *
 * <p>Two transports: stdio, where standard output carries the protocol (so everything else, logging included, must
 * go to standard error), and streamable HTTP on 127.0.0.1 with DNS-rebinding protection (see
 * {@link LoopbackHttpServer}). The server runs until {@link #close} or, for stdio, until the client closes our
 * standard input.
 */
public final class McpToolServer implements AutoCloseable {
    private final McpSyncServer server;
    private final Optional<LoopbackHttpServer> http;
    private final CountDownLatch finished;
    private final AtomicBoolean closed = new AtomicBoolean();

    private McpToolServer(McpSyncServer server, Optional<LoopbackHttpServer> http, CountDownLatch finished) {
        this.server = server;
        this.http = http;
        this.finished = finished;
    }

    /**
     * Serves {@code extension} over newline-delimited JSON-RPC on {@code in} and {@code out}, starting at once.
     *
     * @param out the protocol stream; nothing else may write to it
     */
    public static McpToolServer stdio(Extension extension, InputStream in, OutputStream out) {
        requireNonNull(extension, "extension");
        CountDownLatch finished = new CountDownLatch(1);
        StdioServerTransportProvider transport = new StdioServerTransportProvider(
                McpMapping.MCP_JSON, new EndOfInput(requireNonNull(in, "in"), finished), requireNonNull(out, "out"));
        return new McpToolServer(build(McpServer.sync(transport), extension), Optional.empty(), finished);
    }

    /**
     * Serves {@code extension} over streamable HTTP at {@code http://127.0.0.1:PORT/mcp}; {@link #url()} tells the port.
     *
     * @param port the port to bind on 127.0.0.1, or 0 for any free one
     * @throws IllegalArgumentException if the port is out of range or taken
     */
    public static McpToolServer http(Extension extension, int port) {
        requireNonNull(extension, "extension");
        HttpServletStreamableServerTransportProvider transport = LoopbackHttpServer.transport();
        McpSyncServer server = build(McpServer.sync(transport), extension);
        LoopbackHttpServer http;
        try {
            http = LoopbackHttpServer.start(transport, port);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return new McpToolServer(server, Optional.of(http), new CountDownLatch(1));
    }

    private static McpSyncServer build(McpServer.SyncSpecification<?> specification, Extension extension) {
        return specification
                .serverInfo("goose-ci-" + extension.name(), version())
                .instructions("Goose CI's sandboxed " + extension.name() + " tools. Paths are relative to the"
                        + " workspace root; anything outside the workspace, and secret files, are refused.")
                .capabilities(
                        McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(ServedTools.of(extension))
                .build();
    }

    private static String version() {
        return Optional.ofNullable(McpToolServer.class.getPackage().getImplementationVersion())
                .orElse("dev");
    }

    /** The HTTP endpoint with the bound port; empty for stdio. */
    public Optional<URI> url() {
        return http.map(LoopbackHttpServer::url);
    }

    /** Blocks until the server is closed or, for stdio, until the client closes the input. */
    public void awaitTermination() throws InterruptedException {
        finished.await();
    }

    /** Ends every session and stops listening. Safe to call more than once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.closeGracefully();
        } finally {
            server.close();
            http.ifPresent(LoopbackHttpServer::stop);
            finished.countDown();
        }
    }
}
