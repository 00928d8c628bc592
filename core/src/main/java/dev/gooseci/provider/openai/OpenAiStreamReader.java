package dev.gooseci.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.provider.BodyReader;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.MalformedResponseException;
import dev.gooseci.provider.Sse;
import dev.gooseci.provider.StreamListener;
import dev.gooseci.provider.Usage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.Headers;
import okhttp3.Response;

/**
 * Reads a streamed Chat Completions reply: passes each delta to the listener and assembles the same
 * {@link ChatResponse} a blocking call returns. Tool-call arguments arrive in fragments keyed by {@code index}, with
 * the id and name only in the first. A stream that ends before any {@code finish_reason} was cut off and fails.
 */
final class OpenAiStreamReader implements BodyReader<ChatResponse> {
    private final StreamListener listener;
    private final OpenAiErrors errors;
    private final String requestedModel;
    private volatile boolean delivered;

    OpenAiStreamReader(StreamListener listener, OpenAiErrors errors, String requestedModel) {
        this.listener = listener;
        this.errors = errors;
        this.requestedModel = requestedModel;
    }

    @Override
    public ChatResponse read(Response response) throws IOException {
        State state = new State();
        Sse.read(response, (type, data) -> state.accept(data));
        if (state.finish == null) {
            throw new MalformedResponseException(
                    "the stream from " + response.request().url().host() + " ended before the model finished (no"
                            + " finish_reason" + (state.done ? "" : " and no [DONE]") + "); the connection was"
                            + " probably cut by a proxy or the server",
                    null);
        }
        return state.response();
    }

    /** False once a delta has reached the listener: the caller has shown it, so the exchange cannot be redone. */
    @Override
    public boolean restartable() {
        return !delivered;
    }

    private final class State {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder reasoning = new StringBuilder();
        private final Map<Integer, Call> calls = new TreeMap<>();
        private Usage usage = Usage.ZERO;
        private String model;
        private String finish;
        private boolean done;

        void accept(String data) {
            if (done) {
                return;
            }
            if (data.strip().equals("[DONE]")) {
                done = true;
                return;
            }
            JsonNode chunk = Json.parse(data, "a streamed chunk");
            if (chunk.has("error")) {
                throw errors.map(OpenAiErrors.streamStatus(chunk.path("error")), Headers.of(), data);
            }
            if (model == null && chunk.hasNonNull("model")) {
                model = chunk.get("model").asText();
            }
            if (chunk.path("usage").isObject()) {
                usage = OpenAiMapper.usage(chunk.path("usage"));
            }
            JsonNode choice = chunk.path("choices").path(0);
            if (!choice.isObject()) {
                return;
            }
            JsonNode delta = choice.path("delta");
            String thought = OpenAiMapper.reasoning(delta);
            if (!thought.isEmpty()) {
                reasoning.append(thought);
                deliver().onThinking(thought);
            }
            String piece = Json.text(delta, "content", "");
            if (!piece.isEmpty()) {
                text.append(piece);
                deliver().onText(piece);
            }
            for (JsonNode fragment : delta.path("tool_calls")) {
                toolCall(fragment);
            }
            if (choice.hasNonNull("finish_reason")) {
                finish = choice.get("finish_reason").asText();
            }
        }

        /** Servers that omit {@code index} (some Ollama versions) send each call whole: a new id is a new call. */
        private void toolCall(JsonNode fragment) {
            String id = Json.text(fragment, "id", "");
            JsonNode function = fragment.path("function");
            String name = Json.text(function, "name", "");
            String arguments = Json.text(function, "arguments", "");
            int index = fragment.path("index").isInt()
                    ? fragment.get("index").asInt()
                    : !id.isEmpty() || calls.isEmpty() ? calls.size() : calls.size() - 1;
            Call call = calls.computeIfAbsent(index, i -> new Call());
            if (call.id.isEmpty()) {
                call.id = id;
            }
            if (call.name.isEmpty()) {
                call.name = name;
            }
            call.arguments.append(arguments);
            deliver().onToolCall(index, id, name, arguments);
        }

        private StreamListener deliver() {
            delivered = true;
            return listener;
        }

        ChatResponse response() {
            List<Content> content = new ArrayList<>();
            if (reasoning.length() > 0) {
                content.add(Thinking.of(reasoning.toString(), ""));
            }
            if (text.length() > 0) {
                content.add(new Text(text.toString()));
            }
            calls.values().forEach(call -> content.add(new ToolRequest(call.id, call.name, call.arguments.toString())));
            Message message = Message.assistant(content);
            FinishReason reason = OpenAiMapper.finishReason(finish, message);
            return new ChatResponse(message, usage, reason, model == null ? requestedModel : model);
        }
    }

    private static final class Call {
        private String id = "";
        private String name = "";
        private final StringBuilder arguments = new StringBuilder();
    }
}
