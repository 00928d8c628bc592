package dev.gooseci.tool.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.Toolbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The official everything server in its streamable HTTP mode, on a free loopback port. */
class McpStreamableHttpITest {
    private static final int START_ATTEMPTS = 300; // 100 ms apart: 30 s for node to start on a busy CI machine

    @TempDir
    Path logs;

    private Process server;
    private int port;

    @BeforeEach
    void startServer() throws Exception {
        Path everything = NpmTools.require(NpmTools.EVERYTHING);
        port = freePort();
        ProcessBuilder builder = new ProcessBuilder(everything.toString(), "streamableHttp");
        builder.environment().clear();
        builder.environment().putAll(NpmTools.environment(Map.of("PORT", Integer.toString(port))));
        builder.redirectErrorStream(true)
                .redirectOutput(logs.resolve("server.log").toFile());
        server = builder.start();
        awaitListening();
    }

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void shouldListAndCallToolsOverStreamableHttp() {
        // given
        McpExtensionConfig config = McpExtensionConfig.streamableHttp("remote", "http://127.0.0.1:" + port + "/mcp")
                .withHeaders(Map.of("X-Goose-Test", "1"))
                .withTimeout(Duration.ofSeconds(10));

        try (McpExtension extension = McpExtension.start(config, Map.of());
                Toolbox toolbox = Toolbox.of(List.of(extension))) {

            // when
            ToolResult echo = toolbox.call("remote__echo", "{\"message\":\"over http\"}");
            ToolResult sum = toolbox.call("remote__get-sum", "{\"a\":2,\"b\":3}");

            // then
            assertThat(extension.unavailable()).isEmpty();
            assertThat(extension.tools()).extracting(tool -> tool.spec().name()).contains("echo", "get-sum");
            assertThat(echo).isEqualTo(ToolResult.ok("Echo: over http"));
            assertThat(sum.isError()).isFalse();
            assertThat(sum.content()).contains("5");
        }
    }

    @Test
    void shouldTurnAnUnreachableServerIntoErrorResults() throws Exception {
        // given: a port where nothing listens
        McpExtensionConfig config = McpExtensionConfig.streamableHttp("gone", "http://127.0.0.1:" + freePort() + "/mcp")
                .withTimeout(Duration.ofSeconds(5))
                .withAvailableTools(List.of("echo"));

        // when
        try (McpExtension extension = McpExtension.start(config, Map.of());
                Toolbox toolbox = Toolbox.of(List.of(extension))) {
            ToolResult result = toolbox.call("gone__echo", "{}");

            // then
            assertThat(extension.unavailable()).isPresent();
            assertThat(result.isError()).isTrue();
            assertThat(result.content()).startsWith("extension gone is unavailable: ");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening() throws Exception {
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            if (!server.isAlive()) {
                throw new AssertionError("server-everything exited with " + server.exitValue() + "; see its log in "
                        + logs.resolve("server.log"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("server-everything did not listen on port " + port + " within 30 s");
    }
}
