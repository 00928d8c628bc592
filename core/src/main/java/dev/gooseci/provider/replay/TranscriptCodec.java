package dev.gooseci.provider.replay;

import static dev.gooseci.provider.replay.JsonFields.array;
import static dev.gooseci.provider.replay.JsonFields.child;
import static dev.gooseci.provider.replay.JsonFields.count;
import static dev.gooseci.provider.replay.JsonFields.error;
import static dev.gooseci.provider.replay.JsonFields.has;
import static dev.gooseci.provider.replay.JsonFields.object;
import static dev.gooseci.provider.replay.JsonFields.objectOrText;
import static dev.gooseci.provider.replay.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Role;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.Usage;
import dev.gooseci.tool.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Goose CI's own JSON for requests, responses and messages, as written in transcripts (see
 * {@code docs/transcripts.md}). The format belongs to us, not to a vendor, so a transcript recorded against one
 * provider replays anywhere and stays readable across releases.
 *
 * <p>Encoding writes every field. Decoding fills documented defaults for fields a hand-written transcript may leave
 * out, and a value that cannot be read throws {@link TranscriptFormatException} naming its JSON path. Decoding what
 * was encoded gives an equal value: tool arguments and input schemas are written as JSON objects only when that
 * reads back as the exact same text, and as strings otherwise.
 */
public final class TranscriptCodec {
    /** The top-level fields of a request, in the order they are written and compared. */
    static final List<String> REQUEST_FIELDS =
            List.of("model", "system", "messages", "tools", "max_output_tokens", "temperature");

    private TranscriptCodec() {}

    public static ObjectNode encodeRequest(ChatRequest request) {
        ObjectNode node = Json.object();
        node.put("model", request.model());
        node.put("system", request.system());
        ArrayNode messages = node.putArray("messages");
        request.messages().forEach(message -> messages.add(encodeMessage(message)));
        ArrayNode tools = node.putArray("tools");
        for (ToolSpec tool : request.tools()) {
            ObjectNode spec = tools.addObject();
            spec.put("name", tool.name());
            spec.put("description", tool.description());
            spec.set("input_schema", objectOrText(tool.inputSchema()));
        }
        node.put("max_output_tokens", request.maxOutputTokens());
        if (request.temperature().isPresent()) {
            node.put("temperature", request.temperature().getAsDouble());
        } else {
            node.putNull("temperature");
        }
        return node;
    }

    /**
     * Reads a request. Absent fields take the defaults of {@link ChatRequest#of}: empty model and system, no messages
     * or tools, {@link ChatRequest#DEFAULT_MAX_OUTPUT_TOKENS}, and the vendor's temperature.
     */
    public static ChatRequest decodeRequest(JsonNode node) {
        return decodeRequest(node, "");
    }

    static ChatRequest decodeRequest(JsonNode node, String path) {
        ObjectNode request = object(node, path);
        List<Message> messages = new ArrayList<>();
        if (has(request, "messages")) {
            String messagesPath = child(path, "messages");
            ArrayNode array = array(request.get("messages"), messagesPath);
            for (int i = 0; i < array.size(); i++) {
                messages.add(ContentCodec.decodeMessage(array.get(i), JsonFields.index(messagesPath, i)));
            }
        }
        List<ToolSpec> tools = new ArrayList<>();
        if (has(request, "tools")) {
            String toolsPath = child(path, "tools");
            ArrayNode array = array(request.get("tools"), toolsPath);
            for (int i = 0; i < array.size(); i++) {
                tools.add(decodeTool(array.get(i), JsonFields.index(toolsPath, i)));
            }
        }
        long max = count(request, "max_output_tokens", ChatRequest.DEFAULT_MAX_OUTPUT_TOKENS, path);
        if (max == 0 || max > Integer.MAX_VALUE) {
            throw error(
                    child(path, "max_output_tokens"), "must be between 1 and " + Integer.MAX_VALUE + ", was " + max);
        }
        OptionalDouble temperature = OptionalDouble.empty();
        if (has(request, "temperature")) {
            JsonNode value = request.get("temperature");
            if (!value.isNumber()) {
                throw error(
                        child(path, "temperature"), "expected a number or null, found " + JsonFields.describe(value));
            }
            temperature = OptionalDouble.of(value.asDouble());
        }
        return new ChatRequest(
                text(request, "model", "", path),
                text(request, "system", "", path),
                messages,
                tools,
                (int) max,
                temperature);
    }

    private static ToolSpec decodeTool(JsonNode node, String path) {
        ObjectNode tool = object(node, path);
        String name = text(tool, "name", path);
        try {
            return new ToolSpec(
                    name, text(tool, "description", "", path), objectOrText(tool, "input_schema", "{}", path));
        } catch (IllegalArgumentException invalid) {
            throw error(child(path, "name"), invalid.getMessage());
        }
    }

    public static ObjectNode encodeResponse(ChatResponse response) {
        ObjectNode node = Json.object();
        node.set("message", encodeMessage(response.message()));
        node.set("usage", encodeUsage(response.usage()));
        node.put("finish_reason", encodeFinishReason(response.finishReason()));
        node.put("model", response.model());
        return node;
    }

    /**
     * Reads a response. Absent fields default to zero usage, an empty model, and {@code tool_use} as the finish
     * reason when the message requests tools, {@code stop} otherwise.
     */
    public static ChatResponse decodeResponse(JsonNode node) {
        return decodeResponse(node, "");
    }

    static ChatResponse decodeResponse(JsonNode node, String path) {
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

    public static ObjectNode encodeMessage(Message message) {
        return ContentCodec.encode(message);
    }

    public static Message decodeMessage(JsonNode node) {
        return ContentCodec.decodeMessage(node, "");
    }

    public static ObjectNode encodeContent(Content content) {
        return ContentCodec.encode(content);
    }

    public static Content decodeContent(JsonNode node) {
        return ContentCodec.decodeContent(node, "");
    }

    public static ObjectNode encodeUsage(Usage usage) {
        ObjectNode node = Json.object();
        node.put("input_tokens", usage.inputTokens());
        node.put("output_tokens", usage.outputTokens());
        node.put("cache_read_tokens", usage.cacheReadTokens());
        node.put("cache_write_tokens", usage.cacheWriteTokens());
        return node;
    }

    /** Reads usage; absent counts are zero. */
    public static Usage decodeUsage(JsonNode node) {
        return decodeUsage(node, "");
    }

    static Usage decodeUsage(JsonNode node, String path) {
        ObjectNode usage = object(node, path);
        return new Usage(
                count(usage, "input_tokens", 0, path),
                count(usage, "output_tokens", 0, path),
                count(usage, "cache_read_tokens", 0, path),
                count(usage, "cache_write_tokens", 0, path));
    }

    /** The lower-case name: {@code stop}, {@code tool_use}, {@code max_tokens}, {@code content_filter}, {@code other}. */
    public static String encodeFinishReason(FinishReason reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }

    public static FinishReason decodeFinishReason(String name) {
        return decodeFinishReason(name, "");
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
