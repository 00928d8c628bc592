package dev.gooseci.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Role;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps our conversation to the Messages API's {@code messages} array, repairing what our model allows and the API
 * rejects: consecutive messages of one role are merged (roles must alternate), blank text blocks and unsigned thinking
 * (from another vendor) are dropped, and in a user message tool results come before text. Signed and redacted
 * thinking is sent back unchanged, as the API requires. Kept apart from {@link AnthropicMapper} so that the repair
 * rules read together, and the mapper reads as the request and reply documents it builds and takes apart.
 */
final class AnthropicMessages {
    private AnthropicMessages() {}

    static ArrayNode messages(List<Message> messages) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        Role previous = null;
        List<ObjectNode> blocks = new ArrayList<>();
        for (Message message : messages) {
            List<ObjectNode> next = new ArrayList<>();
            message.content().forEach(content -> block(content).ifPresent(next::add));
            if (next.isEmpty()) {
                continue;
            }
            if (message.role() != previous && previous != null) {
                out.add(message(previous, blocks));
                blocks = new ArrayList<>();
            }
            blocks.addAll(next);
            previous = message.role();
        }
        if (previous != null) {
            out.add(message(previous, blocks));
        }
        return out;
    }

    private static ObjectNode message(Role role, List<ObjectNode> blocks) {
        ObjectNode message = Json.object();
        message.put("role", role == Role.USER ? "user" : "assistant");
        ArrayNode content = message.putArray("content");
        if (role == Role.USER) {
            blocks.stream().filter(AnthropicMessages::isToolResult).forEach(content::add);
            blocks.stream().filter(block -> !isToolResult(block)).forEach(content::add);
        } else {
            content.addAll(blocks);
        }
        return message;
    }

    private static boolean isToolResult(JsonNode block) {
        return "tool_result".equals(block.path("type").asText());
    }

    /** The wire block for one content block; empty for a block the API would reject. */
    private static Optional<ObjectNode> block(Content content) {
        ObjectNode block = Json.object();
        if (content instanceof Text text) {
            if (text.text().isBlank()) {
                return Optional.empty();
            }
            block.put("type", "text").put("text", text.text());
        } else if (content instanceof Thinking thinking) {
            if (thinking.redacted()) {
                block.put("type", "redacted_thinking").put("data", thinking.text());
            } else if (thinking.signature().isEmpty()) {
                return Optional.empty();
            } else {
                block.put("type", "thinking").put("thinking", thinking.text()).put("signature", thinking.signature());
            }
        } else if (content instanceof ToolRequest call) {
            block.put("type", "tool_use").put("id", call.id()).put("name", call.name());
            block.set("input", Json.arguments(call.arguments()));
        } else if (content instanceof ToolResponse result) {
            block.put("type", "tool_result").put("tool_use_id", result.id());
            block.put("content", result.content()).put("is_error", result.isError());
        } else {
            throw new AssertionError(content);
        }
        return Optional.of(block);
    }
}
