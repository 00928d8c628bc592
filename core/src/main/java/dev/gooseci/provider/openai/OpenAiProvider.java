package dev.gooseci.provider.openai;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.HttpTransport;
import dev.gooseci.provider.ProviderEndpoint;
import dev.gooseci.provider.StreamListener;

/**
 * A model behind the OpenAI Chat Completions API: OpenAI itself, Azure OpenAI, and the many servers that copy the API
 * (Groq, DeepSeek, Mistral, vLLM, LM Studio and others). What differs between them is the endpoint and the
 * {@link OpenAiDialect}, both read from the provider table; this class is the same for all.
 *
 * <p>Thread-safe: it holds no per-call state.
 */
public final class OpenAiProvider implements ChatProvider {
    private final String name;
    private final ProviderEndpoint endpoint;
    private final HttpTransport http;
    private final OpenAiDialect dialect;
    private final OpenAiErrors errors;

    public OpenAiProvider(String name, ProviderEndpoint endpoint, HttpTransport http, OpenAiDialect dialect) {
        this.name = requireNonNull(name, "name");
        this.endpoint = requireNonNull(endpoint, "endpoint");
        this.http = requireNonNull(http, "http");
        this.dialect = requireNonNull(dialect, "dialect");
        this.errors = new OpenAiErrors(name, dialect.keyVariable(), endpoint.baseUrl());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        JsonNode reply = http.postJson(
                endpoint.request(dialect.path(request.model())), OpenAiMapper.request(request, dialect, false), errors);
        return OpenAiMapper.response(reply, request.model());
    }

    @Override
    public ChatResponse stream(ChatRequest request, StreamListener listener) {
        requireNonNull(listener, "listener");
        return http.post(
                endpoint.request(dialect.path(request.model())).header("Accept", "text/event-stream"),
                OpenAiMapper.request(request, dialect, true),
                errors,
                new OpenAiStreamReader(listener, errors, request.model()));
    }
}
