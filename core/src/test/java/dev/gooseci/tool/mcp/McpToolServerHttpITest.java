package dev.gooseci.tool.mcp;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gooseci.policy.PathSandbox;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.Toolbox;
import dev.gooseci.tool.developer.DeveloperExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our developer tools served over streamable HTTP in this JVM, used by our own MCP client and by raw requests. */
class McpToolServerHttpITest {
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
            + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";

    @TempDir
    Path workspace;

    private McpToolServer server;
    private URI url;

    @BeforeEach
    void startServer() throws IOException {
        Files.writeString(workspace.resolve("hello.txt"), "hello from the workspace\n");
        server = McpToolServer.http(
                DeveloperExtension.builder(new PathSandbox(workspace)).build(), 0);
        url = server.url().orElseThrow();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void shouldListAndCallToolsThroughOurOwnClient() {
        // given
        McpExtensionConfig config =
                McpExtensionConfig.streamableHttp("served", url.toString()).withTimeout(Duration.ofSeconds(20));

        try (McpExtension extension = McpExtension.start(config, Map.of());
                Toolbox toolbox = Toolbox.of(List.of(extension))) {

            // when
            ToolResult read = toolbox.call("served__read_file", "{\"path\":\"hello.txt\"}");
            ToolResult escape = toolbox.call("served__read_file", "{\"path\":\"../etc/passwd\"}");

            // then
            assertThat(extension.unavailable()).isEmpty();
            assertThat(extension.tools())
                    .extracting(tool -> tool.spec().name())
                    .containsExactly("read_file", "list_files", "search", "write_file", "edit_file");
            assertThat(read.isError()).isFalse();
            assertThat(read.content()).contains("hello from the workspace");
            assertThat(escape.isError()).isTrue();
            assertThat(escape.content()).contains("'..'");
        }
    }

    @Test
    void shouldCarryReadOnlyHintsToTheClient() {
        // given
        McpExtensionConfig config =
                McpExtensionConfig.streamableHttp("served", url.toString()).withTimeout(Duration.ofSeconds(20));

        // when
        try (McpExtension extension = McpExtension.start(config, Map.of())) {

            // then: the client reads readOnly from the server's readOnlyHint annotation
            assertThat(extension.tools())
                    .filteredOn(Tool::readOnly)
                    .extracting(tool -> tool.spec().name())
                    .containsExactly("read_file", "list_files", "search");
        }
    }

    @Test
    void shouldListenOnLoopbackOnly() {
        // then
        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        assertThat(url.getPath()).isEqualTo("/mcp");
        assertThat(url.getPort()).isPositive();
    }

    @Test
    void shouldSayWhatToDoWhenThePortIsTaken() {
        // when
        Throwable thrown = catchThrowable(() -> McpToolServer.http(
                DeveloperExtension.builder(new PathSandbox(workspace)).build(), url.getPort()));

        // then
        assertThat(thrown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot serve MCP on 127.0.0.1:" + url.getPort())
                .hasMessageEndingWith("pick a free port with --port, or 0 for any");
    }

    @Test
    void shouldRejectAForeignOrigin() throws Exception {
        // given: a page on another site, reaching the server through the browser (DNS rebinding)
        HttpRequest request = post().header("Origin", "http://evil.example").build();

        // when
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void shouldAcceptALoopbackOrigin() throws Exception {
        // given
        HttpRequest request =
                post().header("Origin", "http://localhost:" + url.getPort()).build();

        // when
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"serverInfo\":{\"name\":\"goose-ci-developer\"");
    }

    @Test
    void shouldRejectAForeignHostHeader() throws IOException {
        // when: java.net.http forbids setting Host, so this request is written by hand
        String foreign = rawPost("evil.example:" + url.getPort());
        String loopback = rawPost("localhost:" + url.getPort());

        // then: 421 Misdirected Request is what the SDK's validator answers for a Host it does not serve
        assertThat(foreign).startsWith("HTTP/1.1 421 ");
        assertThat(loopback).startsWith("HTTP/1.1 200 ");
    }

    private HttpRequest.Builder post() {
        return HttpRequest.newBuilder(url)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE));
    }

    /** Sends an initialize request with the given Host header and returns the response's status line. */
    private String rawPost(String host) throws IOException {
        byte[] body = INITIALIZE.getBytes(US_ASCII);
        String head = "POST /mcp HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                + "Accept: application/json, text/event-stream\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), url.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder status = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
                status.append((char) c);
            }
            return status.toString();
        }
    }
}
