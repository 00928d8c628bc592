package dev.gooseci.provider.ollama;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Role;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.Json;
import dev.gooseci.tool.ToolSpec;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps our request to an {@code /api/chat} body. Tool responses become {@code role: tool} messages with
 * {@code tool_name} taken from the matching request; a failed tool's text is prefixed with {@code Error: }, because
 * Ollama's tool message has no error flag.
 */
final class OllamaRequestMapper {
    private OllamaRequestMapper() {}

    static ObjectNode toJson(ChatRequest request, boolean stream) {
        ObjectNode body = Json.object().put("model", request.model());
        ArrayNode messages = body.putArray("messages");
        if (!request.system().isEmpty()) {
            messages.addObject().put("role", "system").put("content", request.system());
        }
        Map<String, String> toolNames = new HashMap<>();
        for (Message message : request.messages()) {
            if (message.role() == Role.ASSISTANT) {
                messages.add(assistant(message, toolNames));
            } else {
                user(message, toolNames, messages);
            }
        }
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            request.tools().forEach(tool -> tools.add(tool(tool)));
        }
        body.put("stream", stream);
        ObjectNode options = body.putObject("options").put("num_predict", request.maxOutputTokens());
        request.temperature().ifPresent(t -> options.put("temperature", t));
        return body;
    }

    private static ObjectNode assistant(Message message, Map<String, String> toolNames) {
        StringBuilder text = new StringBuilder();
        StringBuilder thinking = new StringBuilder();
        ArrayNode calls = Json.MAPPER.createArrayNode();
        for (Content block : message.content()) {
            if (block instanceof Text t) {
                text.append(t.text());
            } else if (block instanceof Thinking t) {
                if (!t.redacted()) {
                    thinking.append(t.text());
                }
            } else if (block instanceof ToolRequest call) {
                toolNames.put(call.id(), call.name());
                ObjectNode function = calls.addObject().putObject("function");
                function.put("name", call.name());
                function.set("arguments", Json.arguments(call.arguments()));
            } else if (block instanceof ToolResponse response) {
                throw new IllegalArgumentException("tool response '" + response.id()
                        + "' is in an assistant message; results go in user messages");
            } else {
                throw new AssertionError(block);
            }
        }
        ObjectNode out = Json.object().put("role", "assistant").put("content", text.toString());
        if (thinking.length() > 0) {
            out.put("thinking", thinking.toString());
        }
        if (!calls.isEmpty()) {
            out.set("tool_calls", calls);
        }
        return out;
    }

    /** Tool results first, as they answer the previous assistant turn, then any text as one user message. */
    private static void user(Message message, Map<String, String> toolNames, ArrayNode messages) {
        for (ToolResponse response : message.toolResponses()) {
            String name = toolNames.get(response.id());
            if (name == null) {
                throw new IllegalArgumentException("tool response '" + response.id()
                        + "' answers no earlier tool request in the conversation; Ollama needs the tool's name, so"
                        + " keep the assistant message with that request before its response");
            }
            String content = response.isError() ? "Error: " + response.content() : response.content();
            messages.addObject().put("role", "tool").put("content", content).put("tool_name", name);
        }
        String text = message.text();
        if (!text.isEmpty() || message.toolResponses().isEmpty()) {
            messages.addObject().put("role", "user").put("content", text);
        }
    }

    private static ObjectNode tool(ToolSpec spec) {
        ObjectNode tool = Json.object().put("type", "function");
        ObjectNode function = tool.putObject("function");
        function.put("name", spec.name()).put("description", spec.description());
        function.set("parameters", Json.parse(spec.inputSchema(), "the input schema of " + spec.name()));
        return tool;
    }
}
