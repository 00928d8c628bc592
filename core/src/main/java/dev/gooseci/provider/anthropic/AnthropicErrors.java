package dev.gooseci.provider.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.AuthenticationException;
import dev.gooseci.provider.BadRequestException;
import dev.gooseci.provider.ContextTooLongException;
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
 * Anthropic's failures as typed exceptions. The body's {@code error.type} decides when Anthropic sent one, because the
 * same type arrives with an HTTP status or inside a stream's {@code error} event; the status decides otherwise (a
 * proxy's HTML page, an empty body).
 */
final class AnthropicErrors {

    private AnthropicErrors() {}

    /**
     * Maps one failed reply.
     *
     * @param model the model the request named, for the messages that need it
     * @param status the HTTP status, or for a stream's {@code error} event the status its type stands for
     */
    static ProviderException map(String model, int status, Headers headers, String body) {
        Detail detail = Detail.parse(body);
        String type = detail.type().isEmpty() ? typeOf(status) : detail.type();
        String what = "Anthropic answered HTTP " + status + " " + type + ": " + detail.message();
        switch (type) {
            case "invalid_request_error":
                if (detail.message().toLowerCase(Locale.ROOT).contains("prompt is too long")) {
                    return new ContextTooLongException(
                            what + ". The conversation does not fit the model's context window; compact it or"
                                    + " lower the diff budget",
                            status);
                }
                return new BadRequestException(
                        what + ". Fix what the message names (often the model or max output tokens setting)", status);
            case "authentication_error":
                return new AuthenticationException(
                        what + ". Set ANTHROPIC_API_KEY to a valid key from the Anthropic console", status);
            case "permission_error":
                return new PermissionDeniedException(
                        what + ". The key may not use model '" + model + "'; use a key of a workspace that may",
                        status);
            case "not_found_error":
                return new BadRequestException(
                        what + ". Model '" + model + "' or the endpoint does not exist; check the model name and"
                                + " the base URL (like https://api.anthropic.com)",
                        status);
            case "request_too_large":
                // Our requests carry text only, so the byte limit is reached only by a conversation far past the
                // context window: compacting it is what helps, as for "prompt is too long".
                return new ContextTooLongException(
                        what + ". The request is over Anthropic's size limit; compact the"
                                + " conversation or lower the diff budget",
                        status);
            case "rate_limit_error":
                return new RateLimitException(what, status, RetryAfter.orNull(headers));
            case "overloaded_error":
                return new OverloadedException(what, status, RetryAfter.orNull(headers));
            case "api_error":
                return new ServerException(what, status, RetryAfter.orNull(headers));
            default:
                if (status >= 500) {
                    return new ServerException(what, status, RetryAfter.orNull(headers));
                }
                return new ProviderException(what, status, false);
        }
    }

    /** Maps a stream's {@code error} event, whose data is the same JSON as an error reply's body. */
    static ProviderException fromEvent(String model, String data) {
        return map(model, statusOf(Detail.parse(data).type()), Headers.EMPTY, data);
    }

    /** The error type Anthropic documents for {@code status}, for bodies that do not say. */
    private static String typeOf(int status) {
        return switch (status) {
            case 400 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 413 -> "request_too_large";
            case 429 -> "rate_limit_error";
            case 500 -> "api_error";
            case 529 -> "overloaded_error";
            default -> "error";
        };
    }

    /** The HTTP status Anthropic documents for an error {@code type}; 500 for a type it does not. */
    private static int statusOf(String type) {
        for (int status : new int[] {400, 401, 403, 404, 413, 429, 529}) {
            if (typeOf(status).equals(type)) {
                return status;
            }
        }
        return 500;
    }

    /** The type and message of an error body, or the raw text when it is not Anthropic's error JSON. */
    private record Detail(String type, String message) {
        static Detail parse(String body) {
            try {
                JsonNode error = Json.MAPPER.readTree(body).path("error");
                if (error.isObject() && error.hasNonNull("type")) {
                    return new Detail(error.get("type").asText(), Json.text(error, "message", "(no message)"));
                }
            } catch (JsonProcessingException notJson) {
                // described below
            }
            return new Detail("", body.isBlank() ? "(empty body)" : "(not Anthropic's error JSON) " + abbreviate(body));
        }

        private static String abbreviate(String text) {
            return Json.abbreviate(text.strip().replaceAll("\\s+", " "));
        }
    }
}
