package dev.gooseci.provider.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.MalformedResponseException;
import dev.gooseci.provider.Usage;
import dev.gooseci.tool.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps our records to the Messages API's JSON and back. The system prompt and the last tool definition carry
 * {@code cache_control}, so that the prefix that is the same on every turn is cached. The API rejects what our model
 * allows in a few places; {@link AnthropicMessages} repairs the conversation before it is sent. The reply side
 * ({@link #usage}, {@link #finishReason}, {@link #toolRequest}) is shared with {@link AnthropicStreamReader}, so that a
 * blocking and a streamed call give the same {@link ChatResponse}.
 */
final class AnthropicMapper {

    private AnthropicMapper() {}

    static ObjectNode request(ChatRequest request, boolean stream) {
        ObjectNode body = Json.object();
        body.put("model", request.model());
        body.put("max_tokens", request.maxOutputTokens());
        if (!request.system().isBlank()) {
            ObjectNode system = body.putArray("system").addObject();
            system.put("type", "text").put("text", request.system());
            system.set("cache_control", ephemeral());
        }
        body.set("messages", AnthropicMessages.messages(request.messages()));
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            request.tools().forEach(tool -> tools.add(tool(tool)));
            ((ObjectNode) tools.get(tools.size() - 1)).set("cache_control", ephemeral());
        }
        request.temperature().ifPresent(temperature -> body.put("temperature", temperature));
        if (stream) {
            body.put("stream", true);
        }
        return body;
    }

    private static ObjectNode tool(ToolSpec spec) {
        ObjectNode tool = Json.object();
        tool.put("name", spec.name()).put("description", spec.description());
        try {
            tool.set("input_schema", Json.MAPPER.readTree(spec.inputSchema()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the input schema of tool '" + spec.name() + "' is not valid JSON", e);
        }
        return tool;
    }

    private static ObjectNode ephemeral() {
        return Json.object().put("type", "ephemeral");
    }

    static ChatResponse response(JsonNode reply) {
        JsonNode content = reply.path("content");
        if (!content.isArray()) {
            throw new MalformedResponseException(
                    "Anthropic's reply has no content array; is the base URL an Anthropic Messages API? "
                            + Json.abbreviate(Json.write(reply)),
                    null);
        }
        List<Content> blocks = new ArrayList<>();
        content.forEach(block -> content(block).ifPresent(blocks::add));
        return new ChatResponse(
                Message.assistant(blocks),
                usage(reply.path("usage")),
                finishReason(Json.text(reply, "stop_reason", "")),
                Json.text(reply, "model", ""));
    }

    /** Our record for one complete content block; empty for block types we never ask for (server tools). */
    static Optional<Content> content(JsonNode block) {
        JsonNode input = block.path("input");
        return switch (block.path("type").asText()) {
            case "text" -> Optional.of(new Text(Json.text(block, "text", "")));
            case "thinking" ->
                Optional.of(Thinking.of(Json.text(block, "thinking", ""), Json.text(block, "signature", "")));
            case "redacted_thinking" -> Optional.of(Thinking.redacted(Json.text(block, "data", "")));
            case "tool_use" ->
                Optional.of(toolRequest(
                        Json.text(block, "id", ""),
                        Json.text(block, "name", ""),
                        input.isObject() ? Json.write(input) : ""));
            default -> Optional.empty();
        };
    }

    /**
     * A tool call with its arguments in one form whether they came whole or streamed in pieces: compact JSON when
     * they are an object, otherwise the text as sent, for the tool to report back.
     */
    static ToolRequest toolRequest(String id, String name, String arguments) {
        if (arguments.isBlank()) {
            return new ToolRequest(id, name, "{}");
        }
        try {
            JsonNode parsed = Json.MAPPER.readTree(arguments);
            if (parsed.isObject()) {
                return new ToolRequest(id, name, Json.write(parsed));
            }
        } catch (JsonProcessingException notJson) {
            // kept as sent
        }
        return new ToolRequest(id, name, arguments);
    }

    /** Anthropic's {@code input_tokens} already exclude cache reads and writes, as our {@link Usage} wants. */
    static Usage usage(JsonNode usage) {
        return new Usage(
                count(usage, "input_tokens"),
                count(usage, "output_tokens"),
                count(usage, "cache_read_input_tokens"),
                count(usage, "cache_creation_input_tokens"));
    }

    private static long count(JsonNode usage, String field) {
        return Math.max(0, usage.path(field).asLong(0));
    }

    static FinishReason finishReason(String stopReason) {
        return switch (stopReason) {
            case "end_turn", "stop_sequence" -> FinishReason.STOP;
            case "tool_use" -> FinishReason.TOOL_USE;
            case "max_tokens" -> FinishReason.MAX_TOKENS;
            case "refusal" -> FinishReason.CONTENT_FILTER;
            default -> FinishReason.OTHER;
        };
    }
}
