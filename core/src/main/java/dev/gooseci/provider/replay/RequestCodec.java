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
import dev.gooseci.conversation.Message;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.Json;
import dev.gooseci.tool.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Requests and their tool definitions in the transcript format; {@link TranscriptCodec} is the public face. Kept apart
 * from {@link ResponseCodec} because a request is also what a replay compares field by field, so its encoding must
 * write every field of {@link TranscriptCodec#REQUEST_FIELDS}, in that order.
 */
final class RequestCodec {
    private RequestCodec() {}

    static ObjectNode encode(ChatRequest request) {
        ObjectNode node = Json.object();
        node.put("model", request.model());
        node.put("system", request.system());
        ArrayNode messages = node.putArray("messages");
        request.messages().forEach(message -> messages.add(ContentCodec.encode(message)));
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

    /** See {@link TranscriptCodec#decodeRequest(JsonNode)} for the defaults of absent fields. */
    static ChatRequest decode(JsonNode node, String path) {
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
}
