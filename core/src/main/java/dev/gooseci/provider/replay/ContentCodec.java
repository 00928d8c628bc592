package dev.gooseci.provider.replay;

import static dev.gooseci.provider.replay.JsonFields.array;
import static dev.gooseci.provider.replay.JsonFields.bool;
import static dev.gooseci.provider.replay.JsonFields.child;
import static dev.gooseci.provider.replay.JsonFields.error;
import static dev.gooseci.provider.replay.JsonFields.object;
import static dev.gooseci.provider.replay.JsonFields.objectOrText;
import static dev.gooseci.provider.replay.JsonFields.text;

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
import java.util.Locale;

/** Messages and content blocks in the transcript format; {@link TranscriptCodec} is the public face. */
final class ContentCodec {
    private ContentCodec() {}

    static ObjectNode encode(Message message) {
        ObjectNode node = Json.object();
        node.put("role", message.role().name().toLowerCase(Locale.ROOT));
        ArrayNode content = node.putArray("content");
        message.content().forEach(block -> content.add(encode(block)));
        return node;
    }

    static Message decodeMessage(JsonNode node, String path) {
        ObjectNode message = object(node, path);
        String role = text(message, "role", path);
        Role parsed;
        if ("user".equals(role)) {
            parsed = Role.USER;
        } else if ("assistant".equals(role)) {
            parsed = Role.ASSISTANT;
        } else {
            throw error(child(path, "role"), "unknown role \"" + role + "\"; expected \"user\" or \"assistant\"");
        }
        String contentPath = child(path, "content");
        if (!message.has("content")) {
            throw error(contentPath, "required array of content blocks is missing");
        }
        ArrayNode blocks = array(message.get("content"), contentPath);
        List<Content> content = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            content.add(decodeContent(blocks.get(i), JsonFields.index(contentPath, i)));
        }
        return new Message(parsed, content);
    }

    static ObjectNode encode(Content content) {
        ObjectNode node = Json.object();
        if (content instanceof Text text) {
            node.put("type", "text");
            node.put("text", text.text());
        } else if (content instanceof Thinking thinking) {
            node.put("type", "thinking");
            node.put("text", thinking.text());
            node.put("signature", thinking.signature());
            node.put("redacted", thinking.redacted());
        } else if (content instanceof ToolRequest request) {
            node.put("type", "tool_request");
            node.put("id", request.id());
            node.put("name", request.name());
            node.set("arguments", objectOrText(request.arguments()));
        } else if (content instanceof ToolResponse response) {
            node.put("type", "tool_response");
            node.put("id", response.id());
            node.put("content", response.content());
            node.put("is_error", response.isError());
        } else {
            throw new AssertionError(content);
        }
        return node;
    }

    static Content decodeContent(JsonNode node, String path) {
        ObjectNode block = object(node, path);
        String type = text(block, "type", path);
        switch (type) {
            case "text":
                return new Text(text(block, "text", path));
            case "thinking":
                return new Thinking(
                        text(block, "text", path),
                        text(block, "signature", "", path),
                        bool(block, "redacted", false, path));
            case "tool_request":
                return new ToolRequest(
                        text(block, "id", path),
                        text(block, "name", path),
                        objectOrText(block, "arguments", "{}", path));
            case "tool_response":
                return new ToolResponse(
                        text(block, "id", path), text(block, "content", path), bool(block, "is_error", false, path));
            default:
                throw error(
                        child(path, "type"),
                        "unknown content type \"" + type
                                + "\"; expected \"text\", \"thinking\", \"tool_request\" or \"tool_response\"");
        }
    }
}
