package dev.gooseci.provider.openai;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.AuthenticationException;
import dev.gooseci.provider.BadRequestException;
import dev.gooseci.provider.ContextTooLongException;
import dev.gooseci.provider.ErrorMapper;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.OverloadedException;
import dev.gooseci.provider.PermissionDeniedException;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.provider.RateLimitException;
import dev.gooseci.provider.RetryAfter;
import dev.gooseci.provider.ServerException;
import java.util.Locale;
import okhttp3.Headers;

/**
 * Maps a failed Chat Completions reply to a typed exception whose message names the provider and the fix. Reads
 * OpenAI's {@code {"error": {message, type, param, code}}} and the shapes compatible servers use instead.
 */
final class OpenAiErrors implements ErrorMapper {
    private final String provider;
    private final String keyVariable;
    private final String baseUrl;

    OpenAiErrors(String provider, String keyVariable, String baseUrl) {
        this.provider = requireNonNull(provider, "provider");
        this.keyVariable = requireNonNull(keyVariable, "keyVariable");
        this.baseUrl = requireNonNull(baseUrl, "baseUrl");
    }

    @Override
    public ProviderException map(int status, Headers headers, String body) {
        Detail error = Detail.of(body);
        String said = " (HTTP " + status + (error.code().isEmpty() ? "" : " " + error.code()) + "): " + error.message();
        if (error.is("insufficient_quota")) {
            return new PermissionDeniedException(
                    provider + ": the account has no quota left" + said + ". Retrying will not help; check the plan"
                            + " and billing details of the account " + keyHolder(),
                    status);
        }
        if ((status == 400 || status == 413 || status == 422) && error.isContextTooLong()) {
            return new ContextTooLongException(
                    provider + ": the prompt does not fit the model's context window" + said
                            + ". Use a model with a larger window or send less",
                    status);
        }
        switch (status) {
            case 401:
                return new AuthenticationException(
                        provider + ": authentication failed" + said + ". " + keyAdvice(), status);
            case 403:
                return new PermissionDeniedException(
                        provider + ": permission denied" + said + ". The key may not use this model or endpoint;"
                                + " check the model name and the key's project or organisation access",
                        status);
            case 404:
                return new BadRequestException(
                        provider + ": not found" + said + ". Check the model name (for Azure, the deployment name)"
                                + " and the base URL " + baseUrl,
                        status);
            case 400:
            case 413:
            case 422:
                return new BadRequestException(
                        provider + " rejected the request" + said + param(error)
                                + ". Check the model name and the settings the message names",
                        status);
            case 408:
            case 409:
                return new ProviderException(
                        provider + " asked to try again" + said, status, true, RetryAfter.orNull(headers), null);
            case 429:
                return new RateLimitException(provider + ": rate limited" + said, status, RetryAfter.orNull(headers));
            case 503:
            case 529:
                return new OverloadedException(provider + " is overloaded" + said, status, RetryAfter.orNull(headers));
            default:
                if (status >= 500) {
                    return new ServerException(provider + " failed" + said, status, RetryAfter.orNull(headers));
                }
                return new ProviderException(provider + ": unexpected reply" + said, status, false);
        }
    }

    /** The HTTP status an {@code error} object sent inside a stream stands for; the stream itself said 200. */
    static int streamStatus(JsonNode error) {
        if (error.path("code").isInt()) {
            return error.path("code").asInt();
        }
        String kind = (Json.text(error, "code", "") + " " + Json.text(error, "type", "")).toLowerCase(Locale.ROOT);
        if (kind.contains("insufficient_quota") || kind.contains("rate_limit")) {
            return 429;
        }
        if (kind.contains("invalid_api_key") || kind.contains("authentication")) {
            return 401;
        }
        if (kind.contains("context_length") || kind.contains("invalid_request")) {
            return 400;
        }
        return kind.contains("overloaded") ? 503 : 500;
    }

    private String keyAdvice() {
        return keyVariable.isEmpty()
                ? "The server at " + baseUrl + " wants a key; configure the provider's API key"
                : "Set " + keyVariable + " to a valid key";
    }

    private String keyHolder() {
        return keyVariable.isEmpty() ? "behind the key" : "that owns " + keyVariable;
    }

    private static String param(Detail error) {
        return error.param().isEmpty() ? "" : " (field " + error.param() + ")";
    }

    /** What the vendor said, from whichever shape it used. */
    private record Detail(String message, String type, String code, String param) {
        static Detail of(String body) {
            JsonNode root;
            try {
                root = body.isBlank() ? null : Json.MAPPER.readTree(body);
            } catch (JsonProcessingException notJson) {
                root = null;
            }
            if (root == null || !root.isContainerNode()) {
                String text = body.isBlank() ? "(empty body)" : Json.abbreviate(body.strip());
                return new Detail(text + " [not a JSON error; a proxy or gateway may be in the way]", "", "", "");
            }
            JsonNode node = root.isArray() ? root.path(0) : root;
            JsonNode error = node.path("error");
            if (error.isTextual()) {
                return new Detail(error.asText(), "", "", "");
            }
            JsonNode source = error.isObject() ? error : node;
            String message = Json.text(source, "message", Json.text(node, "detail", Json.write(root)));
            String sentence = message.strip().endsWith(".")
                    ? message.strip().substring(0, message.strip().length() - 1)
                    : message.strip();
            return new Detail(
                    Json.abbreviate(sentence),
                    Json.text(source, "type", ""),
                    Json.text(source, "code", ""),
                    Json.text(source, "param", ""));
        }

        boolean is(String value) {
            return code.equals(value) || type.equals(value);
        }

        boolean isContextTooLong() {
            String text = message.toLowerCase(Locale.ROOT);
            return is("context_length_exceeded")
                    || text.contains("context length")
                    || text.contains("context window")
                    || text.contains("context size");
        }
    }
}
