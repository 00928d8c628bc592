package dev.gooseci.provider.ollama;

import dev.gooseci.provider.BodyReader;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.Ndjson;
import java.io.IOException;
import java.util.function.Supplier;
import okhttp3.Response;

/** Reads a {@code stream: true} reply: one JSON chunk a line, the last one {@code done: true}. */
final class OllamaStreamReader implements BodyReader<ChatResponse> {
    private final Supplier<OllamaReply> replies;
    private volatile OllamaReply current;

    /** @param replies a fresh reply per attempt, since a retry starts the stream over */
    OllamaStreamReader(Supplier<OllamaReply> replies) {
        this.replies = replies;
    }

    @Override
    public ChatResponse read(Response response) throws IOException {
        OllamaReply reply = replies.get();
        current = reply;
        Ndjson.read(response, reply::accept);
        return reply.finish();
    }

    @Override
    public boolean restartable() {
        OllamaReply reply = current;
        return reply == null || !reply.emitted();
    }
}
