package dev.gooseci.provider.gemini;

import static java.util.Objects.requireNonNull;

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
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * Maps Gemini's failed replies, a {@code google.rpc.Status} body {@code {"error": {code, message, status, details}}},
 * to typed exceptions. Gemini answers a bad key with 400 and reason {@code API_KEY_INVALID}, so the key check comes
 * before the status.
 */
final class GeminiErrors implements ErrorMapper {
    private static final Pattern TOO_LONG = Pattern.compile("input token count.*exceeds the maximum");
    private static final Pattern SECONDS = Pattern.compile("(\\d+(?:\\.\\d+)?)s");

    private final String model;

    GeminiErrors(String model) {
        this.model = requireNonNull(model, "model");
    }

    @Override
    public ProviderException map(int status, Headers headers, String body) {
        JsonNode error = parse(body).path("error");
        String message = Json.text(error, "message", abbreviate(body));
        String code = Json.text(error, "status", "");
        String said = "Gemini answered " + status + (code.isEmpty() ? "" : " " + code) + ": " + message;
        if (status == 401 || ((status == 400 || status == 403) && keyRejected(error, message))) {
            return new AuthenticationException(
                    said + "; set GEMINI_API_KEY or GOOGLE_API_KEY to a valid key from Google AI Studio", status);
        }
        switch (status) {
            case 400:
                if (TOO_LONG.matcher(message).find()) {
                    return new ContextTooLongException(
                            said + "; shorten the conversation or choose a model with a larger context window", status);
                }
                return new BadRequestException(said, status);
            case 403:
                return new PermissionDeniedException(
                        said + "; check that the key's project may use model '" + model + "'", status);
            case 404:
                return new BadRequestException(
                        "Gemini has no model '" + model + "' for generateContent (" + said
                                + "); set the model to one listed at https://ai.google.dev/gemini-api/docs/models",
                        status);
            case 429:
                return new RateLimitException(said, status, retryAfter(headers, error));
            case 503:
                return new OverloadedException(said, status, retryAfter(headers, error));
            default:
                if (status >= 500) {
                    return new ServerException(said, status, retryAfter(headers, error));
                }
                return new ProviderException(said, status, false);
        }
    }

    private static boolean keyRejected(JsonNode error, String message) {
        for (JsonNode detail : error.path("details")) {
            String reason = detail.path("reason").asText("");
            if (reason.equals("API_KEY_INVALID") || reason.equals("API_KEY_EXPIRED")) {
                return true;
            }
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("api key not valid") || lower.contains("api key expired");
    }

    /** {@code Retry-After} when sent, else the {@code retryDelay} of a {@code google.rpc.RetryInfo} detail. */
    private static Duration retryAfter(Headers headers, JsonNode error) {
        Duration header = RetryAfter.orNull(headers);
        if (header != null) {
            return header;
        }
        for (JsonNode detail : error.path("details")) {
            Matcher delay = SECONDS.matcher(detail.path("retryDelay").asText(""));
            if (detail.path("@type").asText("").endsWith("google.rpc.RetryInfo") && delay.matches()) {
                return Duration.ofMillis((long) (Double.parseDouble(delay.group(1)) * 1000));
            }
        }
        return null;
    }

    private static JsonNode parse(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException notJson) {
            return Json.object();
        }
    }

    private static String abbreviate(String body) {
        return Json.abbreviate(body.strip());
    }
}
