package dev.gooseci.provider.ollama;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.AuthenticationException;
import dev.gooseci.provider.BadRequestException;
import dev.gooseci.provider.ErrorMapper;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.OverloadedException;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.provider.RateLimitException;
import dev.gooseci.provider.RetryAfter;
import dev.gooseci.provider.ServerException;
import java.io.IOException;
import okhttp3.Headers;

/**
 * Maps Ollama's failed replies, a body {@code {"error": "..."}}, to typed exceptions. A 404 with an error body means
 * the model is not pulled; a 404 without one means the base URL does not point at Ollama.
 */
final class OllamaErrors implements ErrorMapper {
    private final String model;
    private final String baseUrl;

    OllamaErrors(String model, String baseUrl) {
        this.model = requireNonNull(model, "model");
        this.baseUrl = requireNonNull(baseUrl, "baseUrl");
    }

    @Override
    public ProviderException map(int status, Headers headers, String body) {
        JsonNode json = parse(body);
        String message = Json.text(json, "error", abbreviate(body));
        String said = "Ollama at " + baseUrl + " answered " + status + ": " + message;
        switch (status) {
            case 400:
                return new BadRequestException(said, status);
            case 401:
            case 403:
                return new AuthenticationException(
                        said + "; a proxy in front of Ollama refused us, so check its credentials or OLLAMA_HOST",
                        status);
            case 404:
                if (!json.has("error")) {
                    return new BadRequestException(
                            said + "; " + baseUrl + " does not serve /api/chat, so set OLLAMA_HOST to the Ollama"
                                    + " server (for example http://localhost:11434)",
                            status);
                }
                return new BadRequestException(
                        "Ollama has no model '" + model + "' (" + message + "); run `ollama pull " + model
                                + "`, or set the model to one that `ollama list` shows",
                        status);
            case 429:
                return new RateLimitException(said, status, RetryAfter.orNull(headers));
            case 503:
                return new OverloadedException(
                        said + " (its request queue is full)", status, RetryAfter.orNull(headers));
            default:
                if (status >= 500) {
                    return new ServerException(said, status, RetryAfter.orNull(headers));
                }
                return new ProviderException(said, status, false);
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            return node != null && node.isObject() ? node : Json.object();
        } catch (IOException notJson) {
            return Json.object();
        }
    }

    private static String abbreviate(String body) {
        return Json.abbreviate(body.strip());
    }
}
