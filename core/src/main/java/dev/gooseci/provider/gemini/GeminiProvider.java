package dev.gooseci.provider.gemini;

import static java.util.Objects.requireNonNull;

import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.HttpTransport;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.ProviderEndpoint;
import dev.gooseci.provider.StreamListener;

/**
 * Google's Gemini API: {@code POST /v1beta/models/{model}:generateContent}, and {@code :streamGenerateContent?alt=sse}
 * for streaming. The endpoint's base URL is the host, for example {@code https://generativelanguage.googleapis.com},
 * and it sends the key as {@code x-goog-api-key}.
 *
 * <p>Gemini sends whole function calls, usually without ids; calls without one get {@code call_<n>}, numbered after
 * the tool requests already in the conversation so that ids stay unique and the same request gives the same ids.
 */
public final class GeminiProvider implements ChatProvider {
    private final String name;
    private final ProviderEndpoint endpoint;
    private final HttpTransport http;

    public GeminiProvider(String name, ProviderEndpoint endpoint, HttpTransport http) {
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
        GeminiErrors errors = new GeminiErrors(request.model());
        return http.post(
                endpoint.request(path(request, "generateContent")),
                GeminiRequestMapper.toJson(request),
                errors,
                response -> {
                    GeminiReply reply = reply(request, StreamListener.NONE);
                    reply.accept(Json.parse(response.body().string(), "Gemini's reply"));
                    return reply.finish();
                });
    }

    @Override
    public ChatResponse stream(ChatRequest request, StreamListener listener) {
        requireNonNull(listener, "listener");
        GeminiErrors errors = new GeminiErrors(request.model());
        return http.post(
                endpoint.request(path(request, "streamGenerateContent") + "?alt=sse"),
                GeminiRequestMapper.toJson(request),
                errors,
                new GeminiStreamReader(() -> reply(request, listener), errors));
    }

    private static GeminiReply reply(ChatRequest request, StreamListener listener) {
        int earlierCalls = request.messages().stream()
                .mapToInt(message -> message.toolRequests().size())
                .sum();
        return new GeminiReply(earlierCalls, request.model(), listener);
    }

    /** Accepts the model as {@code gemini-2.5-flash} or as the resource name {@code models/gemini-2.5-flash}. */
    private static String path(ChatRequest request, String method) {
        String model =
                request.model().startsWith("models/") ? request.model().substring("models/".length()) : request.model();
        return "/v1beta/models/" + model + ":" + method;
    }
}
