package dev.gooseci.provider.anthropic;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.provider.BodyReader;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.MalformedResponseException;
import dev.gooseci.provider.Sse;
import dev.gooseci.provider.StreamListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import okhttp3.MediaType;
import okhttp3.Response;

/**
 * Reads a Messages API event stream into the same {@link ChatResponse} the blocking call returns, passing text,
 * thinking and tool-call fragments to the listener as they arrive. Once one fragment has reached the listener the
 * exchange is no longer {@linkplain #restartable() restartable}: a retry would show it twice.
 */
final class AnthropicStreamReader implements BodyReader<ChatResponse> {
    private final String model;
    private final StreamListener listener;
    private volatile boolean delivered;

    /** @param model the model the request named, for error messages */
    AnthropicStreamReader(String model, StreamListener listener) {
        this.model = requireNonNull(model, "model");
        this.listener = requireNonNull(listener, "listener");
    }

    @Override
    public ChatResponse read(Response response) throws IOException {
        MediaType type = response.body().contentType();
        if (type == null || !"event-stream".equals(type.subtype())) {
            throw new MalformedResponseException(
                    "Anthropic answered a streaming request with content type " + type
                            + ", not text/event-stream; check that the base URL is the Messages API (like"
                            + " https://api.anthropic.com): "
                            + Json.abbreviate(response.body().string()),
                    null);
        }
        Transcript transcript = new Transcript();
        Sse.read(response, transcript::onEvent);
        return transcript.finish();
    }

    @Override
    public boolean restartable() {
        return !delivered;
    }

    /** The state of one attempt's stream. */
    private final class Transcript {
        private final SortedMap<Integer, Block> blocks = new TreeMap<>();
        private final ObjectNode usage = Json.object();
        private String answeredBy = "";
        private String stopReason = "";
        private int events;
        private boolean stopped;

        void onEvent(String type, String data) {
            events++;
            JsonNode event = Json.parse(data, "Anthropic's " + type + " event");
            switch ("message".equals(type) ? event.path("type").asText() : type) {
                case "message_start" -> {
                    JsonNode message = event.path("message");
                    answeredBy = Json.text(message, "model", "");
                    addUsage(message.path("usage"));
                }
                case "content_block_start" -> start(event.path("index").asInt(), event.path("content_block"));
                case "content_block_delta" -> delta(event.path("index").asInt(), event.path("delta"));
                case "message_delta" -> {
                    stopReason = Json.text(event.path("delta"), "stop_reason", stopReason);
                    addUsage(event.path("usage"));
                }
                case "message_stop" -> stopped = true;
                case "error" -> throw AnthropicErrors.fromEvent(model, data);
                default -> {
                    // ping, content_block_stop, and event types added after this was written
                }
            }
        }

        private void start(int index, JsonNode start) {
            Block block = new Block(start);
            blocks.put(index, block);
            if ("tool_use".equals(block.type)) {
                delivered = true;
                listener.onToolCall(index, block.id, block.name, "");
            }
        }

        private void delta(int index, JsonNode delta) {
            Block block = blocks.get(index);
            if (block == null) {
                throw new MalformedResponseException(
                        "Anthropic's stream sent a delta for content block " + index + " before starting it", null);
            }
            String type = delta.path("type").asText();
            String piece = Json.text(delta, fieldOf(type), "");
            if ("signature_delta".equals(type)) {
                block.signature.append(piece);
                return;
            }
            block.text.append(piece);
            if (piece.isEmpty()) {
                return;
            }
            delivered = true;
            switch (type) {
                case "text_delta" -> listener.onText(piece);
                case "thinking_delta" -> listener.onThinking(piece);
                case "input_json_delta" -> listener.onToolCall(index, "", "", piece);
                default -> {
                    // a delta kind added after this was written; its text is kept in the block
                }
            }
        }

        private static String fieldOf(String deltaType) {
            return switch (deltaType) {
                case "text_delta" -> "text";
                case "thinking_delta" -> "thinking";
                case "signature_delta" -> "signature";
                case "input_json_delta" -> "partial_json";
                default -> "";
            };
        }

        /** Counts in {@code message_delta} are cumulative, so a later count replaces an earlier one. */
        private void addUsage(JsonNode counts) {
            counts.fields().forEachRemaining(field -> {
                if (field.getValue().isNumber()) {
                    usage.set(field.getKey(), field.getValue());
                }
            });
        }

        ChatResponse finish() {
            if (!stopped) {
                throw new MalformedResponseException(
                        "Anthropic's stream ended after " + events + " events without message_stop; the connection"
                                + " was cut (a proxy or load balancer may close long streams)",
                        null);
            }
            List<Content> content = new ArrayList<>();
            blocks.values().forEach(block -> block.content().ifPresent(content::add));
            return new ChatResponse(
                    Message.assistant(content),
                    AnthropicMapper.usage(usage),
                    AnthropicMapper.finishReason(stopReason),
                    answeredBy);
        }
    }

    /** One content block as it streams in: text, thinking or a redacted block's data, or tool arguments. */
    private static final class Block {
        final String type;
        final String id;
        final String name;
        final StringBuilder text = new StringBuilder();
        final StringBuilder signature = new StringBuilder();

        Block(JsonNode start) {
            type = start.path("type").asText();
            id = Json.text(start, "id", "");
            name = Json.text(start, "name", "");
            text.append(Json.text(start, "text", ""));
            text.append(Json.text(start, "thinking", ""));
            text.append(Json.text(start, "data", ""));
            signature.append(Json.text(start, "signature", ""));
        }

        Optional<Content> content() {
            return switch (type) {
                case "text" -> Optional.of(new Text(text.toString()));
                case "thinking" -> Optional.of(Thinking.of(text.toString(), signature.toString()));
                case "redacted_thinking" -> Optional.of(Thinking.redacted(text.toString()));
                case "tool_use" -> Optional.of(AnthropicMapper.toolRequest(id, name, text.toString()));
                default -> Optional.empty();
            };
        }
    }
}
