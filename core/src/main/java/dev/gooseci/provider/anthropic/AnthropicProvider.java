package dev.gooseci.provider.anthropic;

import static java.util.Objects.requireNonNull;

import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.ErrorMapper;
import dev.gooseci.provider.HttpTransport;
import dev.gooseci.provider.ProviderEndpoint;
import dev.gooseci.provider.StreamListener;
import okhttp3.Request;

/**
 * Anthropic's Messages API ({@code POST /v1/messages}), blocking and streamed. The endpoint supplies the base URL
 * (like {@code https://api.anthropic.com}) and sends the key as {@code x-api-key}; this class pins the API version the
 * mapping was written against. Thread-safe: it keeps no state between calls.
 */
public final class AnthropicProvider implements ChatProvider {
    /** The {@code anthropic-version} whose request and reply shapes {@link AnthropicMapper} implements. */
    static final String API_VERSION = "2023-06-01";

    private final String name;
    private final ProviderEndpoint endpoint;
    private final HttpTransport http;

    public AnthropicProvider(String name, ProviderEndpoint endpoint, HttpTransport http) {
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
        return AnthropicMapper.response(
                http.postJson(messages(), AnthropicMapper.request(request, false), errors(request)));
    }

    @Override
    public ChatResponse stream(ChatRequest request, StreamListener listener) {
        return http.post(
                messages(),
                AnthropicMapper.request(request, true),
                errors(request),
                new AnthropicStreamReader(request.model(), listener));
    }

    private Request.Builder messages() {
        return endpoint.request("/v1/messages").header("anthropic-version", API_VERSION);
    }

    private static ErrorMapper errors(ChatRequest request) {
        return (status, headers, body) -> AnthropicErrors.map(request.model(), status, headers, body);
    }
}
