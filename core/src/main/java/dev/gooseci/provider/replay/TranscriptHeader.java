package dev.gooseci.provider.replay;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import java.time.Instant;

/**
 * The optional first line of a transcript: the format version and where the recording came from, for whoever reads a
 * bug report. Replay does not depend on it.
 */
record TranscriptHeader(String provider, String model, String recordedAt) {
    static final String VERSION_FIELD = "goose_transcript";
    static final int VERSION = 1;

    TranscriptHeader {
        requireNonNull(provider, "provider");
        requireNonNull(model, "model");
        requireNonNull(recordedAt, "recordedAt");
    }

    static TranscriptHeader of(String provider, String model, Instant recordedAt) {
        return new TranscriptHeader(provider, model, recordedAt.toString());
    }

    String line() {
        ObjectNode node = Json.object();
        node.put(VERSION_FIELD, VERSION);
        node.put("provider", provider);
        node.put("model", model);
        node.put("recorded_at", recordedAt);
        return Json.write(node);
    }

    static TranscriptHeader decode(ObjectNode node) {
        JsonNode version = node.get(VERSION_FIELD);
        if (!version.isInt() || version.asInt() != VERSION) {
            throw JsonFields.error(
                    VERSION_FIELD,
                    "this Goose CI reads transcript version " + VERSION + ", the file says "
                            + Values.abbreviate(version) + "; record it again with this version");
        }
        return new TranscriptHeader(
                JsonFields.text(node, "provider", "", ""),
                JsonFields.text(node, "model", "", ""),
                JsonFields.text(node, "recorded_at", "", ""));
    }
}
