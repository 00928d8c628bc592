package dev.gooseci.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An OpenAI Chat Completions server on loopback that answers at once: it asks for {@code toolName} with
 * {@code toolArguments} (where {@code {n}} becomes the turn number, so that calls differ) until the conversation holds {@code turns - 1} tool results, then answers with text. It
 * records each request's size and the time it spent inside its handler, so that harnesses can subtract it.
 */
public final class FakeOpenAiServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Without TCP_NODELAY the JDK server's small writes meet the client's delayed ACK and every reply waits
        // 40 ms: a measurement of the network stack, not of the harness.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final int turns;
    private final String toolName;
    private final String toolArguments;
    private final List<Integer> requestBytes = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> handlerNanos = Collections.synchronizedList(new ArrayList<>());
    private volatile long firstRequestMillis;
    private volatile boolean announceFirstRequest;

    public FakeOpenAiServer(int turns, String toolName, String toolArguments) throws IOException {
        this.turns = turns;
        this.toolName = toolName;
        this.toolArguments = toolArguments;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    /** The base URL to configure, ending in {@code /v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Wall-clock time (epoch milliseconds) when the first request arrived, or 0 before any. */
    public long firstRequestMillis() {
        return firstRequestMillis;
    }

    public List<Integer> requestBytes() {
        return List.copyOf(requestBytes);
    }

    public List<Long> handlerNanos() {
        return List.copyOf(handlerNanos);
    }

    private void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        if (firstRequestMillis == 0) {
            firstRequestMillis = System.currentTimeMillis();
            if (announceFirstRequest) {
                System.out.println("first-request-ms " + firstRequestMillis);
                System.out.flush();
            }
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        requestBytes.add(body.length);
        JsonNode request = JSON.readTree(body);
        int toolResults = 0;
        for (JsonNode message : request.path("messages")) {
            if ("tool".equals(message.path("role").asText())) {
                toolResults++;
            }
        }
        byte[] reply = JSON.writeValueAsBytes(reply(request.path("model").asText(), toolResults));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, reply.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply);
        }
        handlerNanos.add(System.nanoTime() - start);
    }

    private ObjectNode reply(String model, int toolResults) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant");
        String finish;
        if (toolResults < turns - 1) {
            message.putNull("content");
            ArrayNode calls = message.putArray("tool_calls");
            calls.addObject()
                    .put("id", "call_" + toolResults)
                    .put("type", "function")
                    .putObject("function")
                    .put("name", toolName)
                    .put("arguments", toolArguments.replace("{n}", Integer.toString(toolResults + 1)));
            finish = "tool_calls";
        } else {
            message.put("content", "Done: the file was read " + toolResults + " times.");
            finish = "stop";
        }
        ObjectNode reply = JSON.createObjectNode()
                .put("id", "chatcmpl-bench")
                .put("object", "chat.completion")
                .put("created", 1_700_000_000)
                .put("model", model);
        reply.putArray("choices")
                .addObject()
                .put("index", 0)
                .put("finish_reason", finish)
                .set("message", message);
        reply.putObject("usage")
                .put("prompt_tokens", 100 + 20 * toolResults)
                .put("completion_tokens", 20)
                .put("total_tokens", 120 + 20 * toolResults);
        return reply;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Serves until killed, printing the base URL: for driving the command line from a shell script. */
    public static void main(String[] args) throws IOException, InterruptedException {
        int turns = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String tool = args.length > 1 ? args[1] : "developer__shell";
        String arguments = args.length > 2 ? args[2] : "{\"command\":\"cat README.md\"}";
        try (FakeOpenAiServer server = new FakeOpenAiServer(turns, tool, arguments)) {
            server.announceFirstRequest = true;
            System.out.println(server.baseUrl());
            System.out.flush();
            Thread.currentThread().join();
        }
    }
}
