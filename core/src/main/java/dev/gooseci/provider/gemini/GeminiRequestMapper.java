package dev.gooseci.provider.gemini;

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
import java.util.List;
import java.util.Map;

/**
 * Maps our request to a {@code GenerateContentRequest}.
 *
 * <p>Thought signatures: a {@link Thinking} with text is a thought part ({@code thought: true}); a {@link Thinking}
 * with empty text carries only the signature that Gemini attached to the part after it, and is folded back into that
 * part. {@link GeminiReply} produces exactly this shape, so signatures travel back unchanged.
 */
final class GeminiRequestMapper {
    private GeminiRequestMapper() {}

    static ObjectNode toJson(ChatRequest request) {
        ObjectNode body = Json.object();
        if (!request.system().isEmpty()) {
            body.putObject("systemInstruction").putArray("parts").addObject().put("text", request.system());
        }
        ArrayNode contents = body.putArray("contents");
        Map<String, String> toolNames = new HashMap<>();
        for (Message message : request.messages()) {
            ArrayNode parts = parts(message.content(), toolNames);
            if (!parts.isEmpty()) {
                ObjectNode content = contents.addObject();
                content.put("role", message.role() == Role.ASSISTANT ? "model" : "user");
                content.set("parts", parts);
            }
        }
        if (!request.tools().isEmpty()) {
            ArrayNode declarations = body.putArray("tools").addObject().putArray("functionDeclarations");
            request.tools().forEach(tool -> declarations.add(declaration(tool)));
        }
        ObjectNode config = body.putObject("generationConfig");
        config.put("maxOutputTokens", request.maxOutputTokens());
        request.temperature().ifPresent(t -> config.put("temperature", t));
        return body;
    }

    private static ArrayNode parts(List<Content> content, Map<String, String> toolNames) {
        ArrayNode parts = Json.MAPPER.createArrayNode();
        String pendingSignature = "";
        for (Content block : content) {
            ObjectNode part;
            if (block instanceof Thinking thinking) {
                if (thinking.redacted()) {
                    continue; // another vendor's opaque reasoning; Gemini cannot read it
                }
                if (thinking.text().isEmpty()) {
                    pendingSignature = thinking.signature();
                    continue;
                }
                part = Json.object().put("text", thinking.text()).put("thought", true);
            } else if (block instanceof Text text) {
                part = Json.object().put("text", text.text());
            } else if (block instanceof ToolRequest call) {
                toolNames.put(call.id(), call.name());
                part = Json.object();
                ObjectNode functionCall = part.putObject("functionCall");
                if (!GeminiReply.isGeneratedId(call.id())) {
                    functionCall.put("id", call.id());
                }
                functionCall.put("name", call.name());
                functionCall.set("args", Json.arguments(call.arguments()));
            } else if (block instanceof ToolResponse result) {
                part = Json.object();
                part.set("functionResponse", functionResponse(result, toolNames));
            } else {
                throw new AssertionError(block);
            }
            String signature = block instanceof Thinking thinking ? thinking.signature() : pendingSignature;
            if (!signature.isEmpty()) {
                part.put("thoughtSignature", signature);
            }
            pendingSignature = "";
            parts.add(part);
        }
        if (!pendingSignature.isEmpty()) {
            parts.addObject().put("text", "").put("thoughtSignature", pendingSignature);
        }
        return parts;
    }

    private static ObjectNode functionResponse(ToolResponse result, Map<String, String> toolNames) {
        String name = toolNames.get(result.id());
        if (name == null) {
            throw new IllegalArgumentException("tool response '" + result.id()
                    + "' answers no earlier tool request in the conversation; Gemini needs the function's name, so"
                    + " keep the assistant message with that request before its response");
        }
        ObjectNode response = Json.object();
        if (!GeminiReply.isGeneratedId(result.id())) {
            response.put("id", result.id());
        }
        response.put("name", name);
        response.putObject("response").put(result.isError() ? "error" : "content", result.content());
        return response;
    }

    private static ObjectNode declaration(ToolSpec tool) {
        ObjectNode declaration = Json.object().put("name", tool.name()).put("description", tool.description());
        ObjectNode parameters =
                GeminiSchema.clean(Json.parse(tool.inputSchema(), "the input schema of " + tool.name()));
        if (!GeminiSchema.isEmptyObject(parameters)) {
            declaration.set("parameters", parameters);
        }
        return declaration;
    }
}
