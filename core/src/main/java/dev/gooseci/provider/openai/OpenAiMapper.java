package dev.gooseci.provider.openai;

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
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.MalformedResponseException;
import dev.gooseci.provider.Usage;
import dev.gooseci.tool.ToolSpec;
import java.util.ArrayList;
import java.util.List;

/** Maps our records to Chat Completions request JSON, and a whole (non-streamed) reply back. */
final class OpenAiMapper {
    /** Chat Completions has no error flag on tool results, so a failed one says so in its text. */
    static final String ERROR_PREFIX = "Error: ";

    private OpenAiMapper() {}

    static ObjectNode request(ChatRequest request, OpenAiDialect dialect, boolean stream) {
        ObjectNode body = Json.object();
        body.put("model", request.model());
        ArrayNode messages = body.putArray("messages");
        if (!request.system().isEmpty()) {
            messages.addObject().put("role", "system").put("content", request.system());
        }
        request.messages().forEach(message -> addMessage(messages, message));
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            request.tools().forEach(tool -> tools.add(tool(tool)));
        }
        body.put(dialect.maxTokensField(), request.maxOutputTokens());
        request.temperature().ifPresent(t -> body.put("temperature", t));
        if (stream) {
            body.put("stream", true);
            if (dialect.streamOptions()) {
                body.putObject("stream_options").put("include_usage", true);
            }
        }
        return body;
    }

    /** A user message becomes one {@code tool} message per result, then a {@code user} message for any text. */
    private static void addMessage(ArrayNode messages, Message message) {
        if (message.role() == Role.ASSISTANT) {
            messages.add(assistant(message));
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Content content : message.content()) {
            if (content instanceof Text t) {
                text.append(t.text());
            } else if (content instanceof ToolResponse response) {
                String result = response.isError() ? ERROR_PREFIX + response.content() : response.content();
                messages.addObject()
                        .put("role", "tool")
                        .put("tool_call_id", response.id())
                        .put("content", result);
            } else if (content instanceof Thinking || content instanceof ToolRequest) {
                throw new IllegalArgumentException("a user message cannot carry " + content);
            } else {
                throw new AssertionError(content);
            }
        }
        if (text.length() > 0 || message.toolResponses().isEmpty()) {
            messages.addObject().put("role", "user").put("content", text.toString());
        }
    }

    /** Thinking is dropped: Chat Completions has no field for it, and DeepSeek rejects its reasoning sent back. */
    private static ObjectNode assistant(Message message) {
        ObjectNode node = Json.object().put("role", "assistant");
        StringBuilder text = new StringBuilder();
        ArrayNode calls = Json.MAPPER.createArrayNode();
        for (Content content : message.content()) {
            if (content instanceof Text t) {
                text.append(t.text());
            } else if (content instanceof ToolRequest call) {
                ObjectNode wire = calls.addObject().put("id", call.id()).put("type", "function");
                wire.putObject("function").put("name", call.name()).put("arguments", call.arguments());
            } else if (content instanceof Thinking) {
                continue;
            } else if (content instanceof ToolResponse) {
                throw new IllegalArgumentException("an assistant message cannot carry " + content);
            } else {
                throw new AssertionError(content);
            }
        }
        if (text.length() > 0 || calls.isEmpty()) {
            node.put("content", text.toString());
        } else {
            node.putNull("content");
        }
        if (!calls.isEmpty()) {
            node.set("tool_calls", calls);
        }
        return node;
    }

    private static ObjectNode tool(ToolSpec tool) {
        ObjectNode node = Json.object().put("type", "function");
        ObjectNode function = node.putObject("function");
        function.put("name", tool.name()).put("description", tool.description());
        function.set("parameters", Json.parse(tool.inputSchema(), "the input schema of tool " + tool.name()));
        return node;
    }

    static ChatResponse response(JsonNode reply, String requestedModel) {
        JsonNode choice = reply.path("choices").path(0);
        if (!choice.isObject()) {
            throw new MalformedResponseException(
                    "the reply has no choices[0]: " + Json.abbreviate(Json.write(reply)), null);
        }
        JsonNode message = choice.path("message");
        List<Content> content = new ArrayList<>();
        String reasoning = reasoning(message);
        if (!reasoning.isEmpty()) {
            content.add(Thinking.of(reasoning, ""));
        }
        String text = Json.text(message, "content", "");
        if (text.isEmpty()) {
            text = Json.text(message, "refusal", "");
        }
        if (!text.isEmpty()) {
            content.add(new Text(text));
        }
        for (JsonNode call : message.path("tool_calls")) {
            JsonNode function = call.path("function");
            content.add(new ToolRequest(
                    Json.text(call, "id", ""), Json.text(function, "name", ""), Json.text(function, "arguments", "")));
        }
        Message assistant = Message.assistant(content);
        FinishReason finish = finishReason(Json.text(choice, "finish_reason", ""), assistant);
        return new ChatResponse(
                assistant, usage(reply.path("usage")), finish, Json.text(reply, "model", requestedModel));
    }

    /** DeepSeek and vLLM send {@code reasoning_content}; OpenRouter sends {@code reasoning}. */
    static String reasoning(JsonNode messageOrDelta) {
        String reasoning = Json.text(messageOrDelta, "reasoning_content", "");
        return reasoning.isEmpty() ? Json.text(messageOrDelta, "reasoning", "") : reasoning;
    }

    /** Some compatible servers say {@code stop} while asking for tools; tool requests decide it. */
    static FinishReason finishReason(String wire, Message message) {
        FinishReason reason;
        switch (wire) {
            case "stop":
                reason = FinishReason.STOP;
                break;
            case "tool_calls":
            case "function_call":
                reason = FinishReason.TOOL_USE;
                break;
            case "length":
                reason = FinishReason.MAX_TOKENS;
                break;
            case "content_filter":
                reason = FinishReason.CONTENT_FILTER;
                break;
            default:
                reason = FinishReason.OTHER;
        }
        return reason == FinishReason.STOP && !message.toolRequests().isEmpty() ? FinishReason.TOOL_USE : reason;
    }

    /** {@code prompt_tokens} include cached ones; ours exclude them (see {@link Usage}). */
    static Usage usage(JsonNode usage) {
        if (!usage.isObject()) {
            return Usage.ZERO;
        }
        long prompt = usage.path("prompt_tokens").asLong(0);
        long cached = usage.path("prompt_tokens_details").path("cached_tokens").asLong(0);
        long output = usage.path("completion_tokens").asLong(0);
        return new Usage(Math.max(0, prompt - cached), output, Math.min(cached, prompt), 0);
    }
}
