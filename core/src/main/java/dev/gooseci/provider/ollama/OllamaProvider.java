package dev.gooseci.provider.ollama;

import static java.util.Objects.requireNonNull;

import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.HttpTransport;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.NetworkException;
import dev.gooseci.provider.ProviderEndpoint;
import dev.gooseci.provider.StreamListener;
import java.net.ConnectException;
import java.util.function.Supplier;

/**
 * Ollama's native {@code POST /api/chat}: one JSON document with {@code stream: false}, NDJSON lines with
 * {@code stream: true}. The endpoint's base URL is the server, {@code http://localhost:11434} unless
 * {@code OLLAMA_HOST} says otherwise.
 *
 * <p>Ollama's tool calls have no ids; they get {@code call_<n>}, numbered after the tool requests already in the
 * conversation so that ids stay unique and the same request gives the same ids.
 */
public final class OllamaProvider implements ChatProvider {
    private final String name;
    private final ProviderEndpoint endpoint;
    private final HttpTransport http;

    public OllamaProvider(String name, ProviderEndpoint endpoint, HttpTransport http) {
        this.name = requireNonNull(name, "name");
        this.endpoint = requireNonNull(endpoint, "endpoint");
        this.http = requireNonNull(http, "http");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        return reachable(() -> http.post(
                endpoint.request("/api/chat"),
                OllamaRequestMapper.toJson(request, false),
                errors(request),
                response -> {
                    OllamaReply reply = reply(request, StreamListener.NONE);
                    reply.accept(Json.parse(response.body().string(), "Ollama's reply"));
                    return reply.finish();
                }));
    }

    @Override
    public ChatResponse stream(ChatRequest request, StreamListener listener) {
        requireNonNull(listener, "listener");
        return reachable(() -> http.post(
                endpoint.request("/api/chat"),
                OllamaRequestMapper.toJson(request, true),
                errors(request),
                new OllamaStreamReader(() -> reply(request, listener))));
    }

    private OllamaErrors errors(ChatRequest request) {
        return new OllamaErrors(request.model(), endpoint.baseUrl());
    }

    private static OllamaReply reply(ChatRequest request, StreamListener listener) {
        int earlierCalls = request.messages().stream()
                .mapToInt(message -> message.toolRequests().size())
                .sum();
        return new OllamaReply(earlierCalls, request.model(), listener);
    }

    /** A refused connection almost always means Ollama is not running; say so, and how to fix it. */
    private ChatResponse reachable(Supplier<ChatResponse> exchange) {
        try {
            return exchange.get();
        } catch (NetworkException e) {
            if (!(e.getCause() instanceof ConnectException)) {
                throw e;
            }
            throw new NetworkException(
                    "Ollama is not reachable at " + endpoint.baseUrl() + " ("
                            + e.getCause().getMessage()
                            + "); start it with `ollama serve`, set OLLAMA_HOST to the address it listens on, or"
                            + " choose another provider with GOOSE_PROVIDER",
                    e);
        }
    }
}
