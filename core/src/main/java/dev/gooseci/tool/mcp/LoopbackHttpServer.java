package dev.gooseci.tool.mcp;

import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's streamable HTTP transport, a servlet, in an embedded Jetty that listens on 127.0.0.1 only.
 *
 * <p>Why Jetty: SDK 2.1.0 implements streamable HTTP (sessions, SSE streams, resumption) only as a servlet, and that
 * logic is the part worth not writing twice. Jetty's ee11 servlet module is the lightest Servlet 6.1 container on
 * Maven Central (seven small jars) and logs through SLF4J, so it follows our logging. Loopback alone does not stop a
 * browser page from reaching the server through DNS rebinding, so the SDK's Host and Origin validation is on: only
 * loopback names are accepted, with any port.
 */
final class LoopbackHttpServer {
    private static final Logger LOG = LoggerFactory.getLogger(LoopbackHttpServer.class);

    /** Where the MCP endpoint is served. */
    static final String ENDPOINT = "/mcp";

    /**
     * How long a connection may stay silent. A {@code tools/call} answer is silent while the tool runs, and a shell
     * command may run up to ten minutes, so Jetty's 30 s default would cut calls off.
     */
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(15);

    private static final List<String> HOSTS = List.of("127.0.0.1", "localhost", "[::1]");

    private final Server jetty;
    private final URI url;

    private LoopbackHttpServer(Server jetty, URI url) {
        this.jetty = jetty;
        this.url = url;
    }

    /** The transport the MCP server is built on; it serves nothing until {@link #start} puts it in Jetty. */
    static HttpServletStreamableServerTransportProvider transport() {
        DefaultServerTransportSecurityValidator.Builder validator = DefaultServerTransportSecurityValidator.builder();
        for (String host : HOSTS) {
            validator.allowedHost(host + ":*").allowedOrigin("http://" + host + ":*");
        }
        return HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(McpMapping.MCP_JSON)
                .mcpEndpoint(ENDPOINT)
                .httpHeaderValidator(validator.build())
                .build();
    }

    /**
     * Serves {@code transport} on 127.0.0.1.
     *
     * @param port the port, or 0 for any free one
     * @throws IllegalArgumentException if the port cannot be bound
     */
    static LoopbackHttpServer start(HttpServletStreamableServerTransportProvider transport, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is out of range; pass --port 0..65535 (0 picks one)");
        }
        Server jetty = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        ServletHolder holder = new ServletHolder("mcp", transport);
        holder.setAsyncSupported(true); // SSE answers and the GET stream are asynchronous
        context.addServlet(holder, ENDPOINT);
        jetty.setHandler(context);
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly(jetty);
            throw new IllegalArgumentException(
                    "cannot serve MCP on 127.0.0.1:" + port + ": " + e.getMessage()
                            + "; pick a free port with --port, or 0 for any",
                    e);
        }
        return new LoopbackHttpServer(jetty, URI.create("http://127.0.0.1:" + connector.getLocalPort() + ENDPOINT));
    }

    /** The endpoint clients connect to, with the port actually bound. */
    URI url() {
        return url;
    }

    void stop() {
        stopQuietly(jetty);
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("stopping the MCP HTTP server failed", e);
        }
    }
}
