package dev.gooseci.provider.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Message;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.Usage;
import java.util.List;

/**
 * Goose CI's own JSON for requests, responses and messages, as written in transcripts (see
 * {@code docs/transcripts.md}). The format belongs to us, not to a vendor, so a transcript recorded against one
 * provider replays anywhere and stays readable across releases.
 *
 * <p>Encoding writes every field. Decoding fills documented defaults for fields a hand-written transcript may leave
 * out, and a value that cannot be read throws {@link TranscriptFormatException} naming its JSON path. Decoding what
 * was encoded gives an equal value: tool arguments and input schemas are written as JSON objects only when that
 * reads back as the exact same text, and as strings otherwise.
 *
 * <p>This class is the public face; {@link RequestCodec}, {@link ResponseCodec} and {@link ContentCodec} hold the
 * mapping of each part.
 */
public final class TranscriptCodec {
    /** The top-level fields of a request, in the order they are written and compared. */
    static final List<String> REQUEST_FIELDS =
            List.of("model", "system", "messages", "tools", "max_output_tokens", "temperature");

    private TranscriptCodec() {}

    public static ObjectNode encodeRequest(ChatRequest request) {
        return RequestCodec.encode(request);
    }

    /**
     * Reads a request. Absent fields take the defaults of {@link ChatRequest#of}: empty model and system, no messages
     * or tools, {@link ChatRequest#DEFAULT_MAX_OUTPUT_TOKENS}, and the vendor's temperature.
     */
    public static ChatRequest decodeRequest(JsonNode node) {
        return RequestCodec.decode(node, "");
    }

    static ChatRequest decodeRequest(JsonNode node, String path) {
        return RequestCodec.decode(node, path);
    }

    public static ObjectNode encodeResponse(ChatResponse response) {
        return ResponseCodec.encode(response);
    }

    /**
     * Reads a response. Absent fields default to zero usage, an empty model, and {@code tool_use} as the finish
     * reason when the message requests tools, {@code stop} otherwise.
     */
    public static ChatResponse decodeResponse(JsonNode node) {
        return ResponseCodec.decode(node, "");
    }

    static ChatResponse decodeResponse(JsonNode node, String path) {
        return ResponseCodec.decode(node, path);
    }

    public static ObjectNode encodeMessage(Message message) {
        return ContentCodec.encode(message);
    }

    public static Message decodeMessage(JsonNode node) {
        return ContentCodec.decodeMessage(node, "");
    }

    public static ObjectNode encodeContent(Content content) {
        return ContentCodec.encode(content);
    }

    public static Content decodeContent(JsonNode node) {
        return ContentCodec.decodeContent(node, "");
    }

    public static ObjectNode encodeUsage(Usage usage) {
        return ResponseCodec.encodeUsage(usage);
    }

    /** Reads usage; absent counts are zero. */
    public static Usage decodeUsage(JsonNode node) {
        return ResponseCodec.decodeUsage(node, "");
    }

    /** The lower-case name: {@code stop}, {@code tool_use}, {@code max_tokens}, {@code content_filter}, {@code other}. */
    public static String encodeFinishReason(FinishReason reason) {
        return ResponseCodec.encodeFinishReason(reason);
    }

    public static FinishReason decodeFinishReason(String name) {
        return ResponseCodec.decodeFinishReason(name, "");
    }
}
