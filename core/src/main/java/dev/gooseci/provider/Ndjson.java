package dev.gooseci.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.function.Consumer;
import okhttp3.Response;
import okio.BufferedSource;

/** Reads a newline-delimited JSON stream (Ollama's) one document a line, on the calling thread. */
public final class Ndjson {
    private Ndjson() {}

    public static void read(Response response, Consumer<JsonNode> handler) throws IOException {
        BufferedSource source = response.body().source();
        String line;
        while ((line = source.readUtf8Line()) != null) {
            if (!line.isBlank()) {
                handler.accept(Json.parse(line, "a streamed line"));
            }
        }
    }
}
