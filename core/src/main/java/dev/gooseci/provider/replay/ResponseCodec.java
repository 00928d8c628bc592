package dev.gooseci.provider.replay;

import static dev.gooseci.provider.replay.JsonFields.child;
import static dev.gooseci.provider.replay.JsonFields.count;
import static dev.gooseci.provider.replay.JsonFields.error;
import static dev.gooseci.provider.replay.JsonFields.has;
import static dev.gooseci.provider.replay.JsonFields.object;
import static dev.gooseci.provider.replay.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Role;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.Usage;
import java.util.Locale;

/**
 * Responses, with their usage and finish reason, in the transcript format; {@link TranscriptCodec} is the public face.
 * Kept apart from {@link RequestCodec} because a response is never compared, only played back: decoding fills what a
 * hand-written transcript leaves out, and checks that the message is the assistant's.
 */
final class ResponseCodec {
    private ResponseCodec() {}

    static ObjectNode encode(ChatResponse response) {
        ObjectNode node = Json.object();
        node.set("message", ContentCodec.encode(response.message()));
        node.set("usage", encodeUsage(response.usage()));
        node.put("finish_reason", encodeFinishReason(response.finishReason()));
        node.put("model", response.model());
        return node;
    }

    /** See {@link TranscriptCodec#decodeResponse(JsonNode)} for the defaults of absent fields. */
    static ChatResponse decode(JsonNode node, String path) {
        ObjectNode response = object(node, path);
        String messagePath = child(path, "message");
        if (!has(response, "message")) {
            throw error(messagePath, "required assistant message is missing");
        }
        Message message = ContentCodec.decodeMessage(response.get("message"), messagePath);
        if (message.role() != Role.ASSISTANT) {
            throw error(child(messagePath, "role"), "a response carries an \"assistant\" message, not \"user\"");
        }
        Usage usage = has(response, "usage") ? decodeUsage(response.get("usage"), child(path, "usage")) : Usage.ZERO;
        FinishReason fallback = message.toolRequests().isEmpty() ? FinishReason.STOP : FinishReason.TOOL_USE;
        String reason = text(response, "finish_reason", null, path);
        FinishReason finishReason =
                reason == null ? fallback : decodeFinishReason(reason, child(path, "finish_reason"));
        return new ChatResponse(message, usage, finishReason, text(response, "model", "", path));
    }

    static ObjectNode encodeUsage(Usage usage) {
        ObjectNode node = Json.object();
        node.put("input_tokens", usage.inputTokens());
        node.put("output_tokens", usage.outputTokens());
        node.put("cache_read_tokens", usage.cacheReadTokens());
        node.put("cache_write_tokens", usage.cacheWriteTokens());
        return node;
    }

    /** Absent counts are zero. */
    static Usage decodeUsage(JsonNode node, String path) {
        ObjectNode usage = object(node, path);
        return new Usage(
                count(usage, "input_tokens", 0, path),
                count(usage, "output_tokens", 0, path),
                count(usage, "cache_read_tokens", 0, path),
                count(usage, "cache_write_tokens", 0, path));
    }

    static String encodeFinishReason(FinishReason reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }

    static FinishReason decodeFinishReason(String name, String path) {
        for (FinishReason reason : FinishReason.values()) {
            if (encodeFinishReason(reason).equals(name)) {
                return reason;
            }
        }
        throw error(
                path,
                "unknown finish reason \"" + name
                        + "\"; expected \"stop\", \"tool_use\", \"max_tokens\", \"content_filter\" or \"other\"");
    }
}
