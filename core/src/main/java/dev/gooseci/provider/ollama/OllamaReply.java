package dev.gooseci.provider.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.MalformedResponseException;
import dev.gooseci.provider.ServerException;
import dev.gooseci.provider.StreamListener;
import dev.gooseci.provider.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one reply from {@code /api/chat} chunks: the single document of a blocking call, or each NDJSON line of a
 * stream, so that both paths give the same {@link ChatResponse}. The reply is complete only once a {@code done: true}
 * chunk arrived, which carries the token counts.
 */
final class OllamaReply {
    private final int firstCallNumber;
    private final StreamListener listener;
    private final List<Content> content = new ArrayList<>();
    private int calls;
    private boolean emitted;
    private boolean done;
    private String doneReason = "stop";
    private String model;
    private Usage usage = Usage.ZERO;

    /**
     * @param firstCallNumber the number for the first generated call id, so that ids stay unique in the conversation
     * @param model the requested model, used when the reply does not name one
     */
    OllamaReply(int firstCallNumber, String model, StreamListener listener) {
        this.firstCallNumber = firstCallNumber;
        this.model = model;
        this.listener = listener;
    }

    /** Whether a delta has reached the listener, after which the exchange may not be sent again. */
    boolean emitted() {
        return emitted;
    }

    void accept(JsonNode chunk) {
        if (chunk.has("error")) {
            throw new ServerException("Ollama failed while answering: " + Json.text(chunk, "error", ""), 0, null);
        }
        model = Json.text(chunk, "model", model);
        JsonNode message = chunk.path("message");
        String thinking = Json.text(message, "thinking", "");
        if (!thinking.isEmpty()) {
            emitted = true;
            listener.onThinking(thinking);
            int last = content.size() - 1;
            if (last >= 0 && content.get(last) instanceof Thinking before) {
                content.set(last, Thinking.of(before.text() + thinking, ""));
            } else {
                content.add(Thinking.of(thinking, ""));
            }
        }
        String text = Json.text(message, "content", "");
        if (!text.isEmpty()) {
            emitted = true;
            listener.onText(text);
            int last = content.size() - 1;
            if (last >= 0 && content.get(last) instanceof Text before) {
                content.set(last, new Text(before.text() + text));
            } else {
                content.add(new Text(text));
            }
        }
        for (JsonNode call : message.path("tool_calls")) {
            toolCall(call);
        }
        if (chunk.path("done").asBoolean(false)) {
            done = true;
            doneReason = Json.text(chunk, "done_reason", doneReason);
            usage = Usage.of(
                    chunk.path("prompt_eval_count").asLong(),
                    chunk.path("eval_count").asLong());
        }
    }

    private void toolCall(JsonNode call) {
        JsonNode function = call.path("function");
        int index = calls++;
        String id = Json.text(call, "id", "");
        id = id.isBlank() ? "call_" + (firstCallNumber + index) : id;
        String name = Json.text(function, "name", "");
        JsonNode args = function.path("arguments");
        String arguments = args.isTextual() ? args.asText() : Json.write(args.isObject() ? args : Json.object());
        emitted = true;
        listener.onToolCall(index, id, name, arguments);
        content.add(new ToolRequest(id, name, arguments));
    }

    /** The finished reply; fails when the {@code done: true} chunk never came (a truncated stream). */
    ChatResponse finish() {
        if (!done) {
            throw new MalformedResponseException(
                    "Ollama's reply ended before its done:true line; the server may have stopped or a proxy cut the"
                            + " stream, so check the Ollama server log",
                    null);
        }
        return new ChatResponse(Message.assistant(content), usage, finishReason(), model);
    }

    private FinishReason finishReason() {
        if ("stop".equals(doneReason)) {
            return calls > 0 ? FinishReason.TOOL_USE : FinishReason.STOP;
        }
        return "length".equals(doneReason) ? FinishReason.MAX_TOKENS : FinishReason.OTHER;
    }
}
