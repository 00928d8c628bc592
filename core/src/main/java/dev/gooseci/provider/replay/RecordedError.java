package dev.gooseci.provider.replay;

import static dev.gooseci.provider.replay.JsonFields.child;
import static dev.gooseci.provider.replay.JsonFields.count;
import static dev.gooseci.provider.replay.JsonFields.error;
import static dev.gooseci.provider.replay.JsonFields.object;
import static dev.gooseci.provider.replay.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.AuthenticationException;
import dev.gooseci.provider.BadRequestException;
import dev.gooseci.provider.ContextTooLongException;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.MalformedResponseException;
import dev.gooseci.provider.NetworkException;
import dev.gooseci.provider.OverloadedException;
import dev.gooseci.provider.PermissionDeniedException;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.provider.RateLimitException;
import dev.gooseci.provider.ServerException;
import java.time.Duration;
import java.util.List;

/**
 * A provider failure as a transcript records it, so that a replay throws the same typed exception the live run saw.
 *
 * @param type one of {@link #TYPES}
 * @param message the exception's message, verbatim
 * @param status the HTTP status, 0 for none
 * @param retryAfter the vendor's requested wait, or null when it gave none
 * @param retryable whether the failure may pass on a second try; only the {@code provider} type records it
 */
record RecordedError(String type, String message, int status, Duration retryAfter, boolean retryable) {
    /** The seven kinds the issue names, then the two other subclasses, then any other {@link ProviderException}. */
    static final List<String> TYPES = List.of(
            "rate_limit",
            "overloaded",
            "authentication",
            "bad_request",
            "context_too_long",
            "server",
            "network",
            "permission_denied",
            "malformed_response",
            "provider");

    static RecordedError of(ProviderException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Duration wait = e.retryAfter().orElse(null);
        return new RecordedError(typeOf(e), message, e.status(), wait, e.retryable());
    }

    private static String typeOf(ProviderException e) {
        if (e instanceof RateLimitException) {
            return "rate_limit";
        } else if (e instanceof OverloadedException) {
            return "overloaded";
        } else if (e instanceof AuthenticationException) {
            return "authentication";
        } else if (e instanceof BadRequestException) {
            return "bad_request";
        } else if (e instanceof ContextTooLongException) {
            return "context_too_long";
        } else if (e instanceof ServerException) {
            return "server";
        } else if (e instanceof NetworkException) {
            return "network";
        } else if (e instanceof PermissionDeniedException) {
            return "permission_denied";
        } else if (e instanceof MalformedResponseException) {
            return "malformed_response";
        }
        return "provider";
    }

    ProviderException toException() {
        switch (type) {
            case "rate_limit":
                return new RateLimitException(message, status, retryAfter);
            case "overloaded":
                return new OverloadedException(message, status, retryAfter);
            case "authentication":
                return new AuthenticationException(message, status);
            case "bad_request":
                return new BadRequestException(message, status);
            case "context_too_long":
                return new ContextTooLongException(message, status);
            case "server":
                return new ServerException(message, status, retryAfter);
            case "network":
                return new NetworkException(message, null);
            case "permission_denied":
                return new PermissionDeniedException(message, status);
            case "malformed_response":
                return new MalformedResponseException(message, null);
            default:
                return new ProviderException(message, status, retryable, retryAfter, null);
        }
    }

    ObjectNode encode() {
        ObjectNode node = Json.object();
        node.put("type", type);
        node.put("message", message);
        if (status != 0) {
            node.put("status", status);
        }
        if (retryAfter != null) {
            node.put("retry_after_ms", retryAfter.toMillis());
        }
        if ("provider".equals(type)) {
            node.put("retryable", retryable);
        }
        return node;
    }

    /** Reads a recorded error; the status defaults to the usual one for the type (429 for a rate limit, and so on). */
    static RecordedError decode(JsonNode node, String path) {
        ObjectNode error = object(node, path);
        String type = text(error, "type", path);
        int index = TYPES.indexOf(type);
        if (index < 0) {
            throw error(
                    child(path, "type"),
                    "unknown error type \"" + type + "\"; expected one of " + String.join(", ", TYPES));
        }
        int[] usualStatus = {429, 529, 401, 400, 400, 500, 0, 403, 0, 0};
        long status = count(error, "status", usualStatus[index], path);
        if (status > 999) {
            throw error(child(path, "status"), "an HTTP status is below 1000, was " + status);
        }
        Duration wait = null;
        if (JsonFields.has(error, "retry_after_ms")) {
            wait = Duration.ofMillis(count(error, "retry_after_ms", 0, path));
        }
        return new RecordedError(
                type,
                text(error, "message", "recorded " + type + " error", path),
                (int) status,
                wait,
                JsonFields.bool(error, "retryable", false, path));
    }
}
