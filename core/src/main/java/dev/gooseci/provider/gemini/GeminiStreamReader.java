package dev.gooseci.provider.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.BodyReader;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.Sse;
import java.io.IOException;
import java.util.function.Supplier;
import okhttp3.Headers;
import okhttp3.Response;

/**
 * Reads {@code streamGenerateContent?alt=sse}: every data event is a whole {@code GenerateContentResponse} chunk. An
 * event carrying {@code error} ends the stream through the same error mapper as a failed status.
 */
final class GeminiStreamReader implements BodyReader<ChatResponse> {
    private final Supplier<GeminiReply> replies;
    private final GeminiErrors errors;
    private volatile GeminiReply current;

    /** @param replies a fresh reply per attempt, since a retry starts the stream over */
    GeminiStreamReader(Supplier<GeminiReply> replies, GeminiErrors errors) {
        this.replies = replies;
        this.errors = errors;
    }

    @Override
    public ChatResponse read(Response response) throws IOException {
        GeminiReply reply = replies.get();
        current = reply;
        Sse.read(response, (type, data) -> {
            JsonNode chunk = Json.parse(data, "a streamed Gemini chunk");
            if (chunk.has("error")) {
                throw errors.map(chunk.path("error").path("code").asInt(500), Headers.of(), data);
            }
            reply.accept(chunk);
        });
        return reply.finish();
    }

    @Override
    public boolean restartable() {
        GeminiReply reply = current;
        return reply == null || !reply.emitted();
    }
}
