package dev.gooseci.provider.replay;

import static dev.gooseci.provider.replay.JsonFields.error;
import static dev.gooseci.provider.replay.JsonFields.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Compares a live request with a recorded one. Only the top-level fields the recording has are compared, each
 * exactly; so a hand-written transcript can say just the messages and ignore the system prompt and tools.
 */
final class RequestMatcher {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private RequestMatcher() {}

    /**
     * The recorded request with each present field decoded and encoded again, so that defaults a hand-written
     * transcript left out ({@code is_error: false}, an empty signature) compare equal to what the agent sends.
     */
    static ObjectNode canonical(JsonNode recorded, String path) {
        ObjectNode request = object(recorded, path);
        for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TranscriptCodec.REQUEST_FIELDS.contains(name)) {
                throw error(
                        JsonFields.child(path, name),
                        "unknown request field; a request has " + String.join(", ", TranscriptCodec.REQUEST_FIELDS));
            }
        }
        ObjectNode full = TranscriptCodec.encodeRequest(TranscriptCodec.decodeRequest(request, path));
        ObjectNode canonical = Json.object();
        for (String field : TranscriptCodec.REQUEST_FIELDS) {
            if (request.has(field)) {
                canonical.set(field, full.get(field));
            }
        }
        return canonical;
    }

    /** The first difference, in field order, between a canonical recorded request and the live one. */
    static Optional<Difference> firstDifference(ObjectNode recorded, ChatRequest actual) {
        ObjectNode sent = TranscriptCodec.encodeRequest(actual);
        for (String field : TranscriptCodec.REQUEST_FIELDS) {
            if (recorded.has(field)) {
                Optional<Difference> difference = compare(field, recorded.get(field), sent.get(field));
                if (difference.isPresent()) {
                    return difference;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Difference> compare(String path, JsonNode recorded, JsonNode got) {
        if (recorded.equals(got)) {
            return Optional.empty();
        }
        if (recorded instanceof ObjectNode left && got instanceof ObjectNode right) {
            for (Iterator<Map.Entry<String, JsonNode>> it = left.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = key(path, field.getKey());
                if (!right.has(field.getKey())) {
                    return Optional.of(new Difference(child, field.getValue(), null, ""));
                }
                Optional<Difference> inner = compare(child, field.getValue(), right.get(field.getKey()));
                if (inner.isPresent()) {
                    return inner;
                }
            }
            for (Iterator<String> it = right.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!left.has(name)) {
                    return Optional.of(new Difference(key(path, name), null, right.get(name), ""));
                }
            }
        }
        if (recorded instanceof ArrayNode left && got instanceof ArrayNode right) {
            int common = Math.min(left.size(), right.size());
            for (int i = 0; i < common; i++) {
                Optional<Difference> inner = compare(JsonFields.index(path, i), left.get(i), right.get(i));
                if (inner.isPresent()) {
                    return inner;
                }
            }
            String sizes = " (" + left.size() + " recorded, " + right.size() + " sent)";
            return Optional.of(
                    new Difference(JsonFields.index(path, common), left.get(common), right.get(common), sizes));
        }
        return Optional.of(new Difference(path, recorded, got, ""));
    }

    private static String key(String path, String name) {
        return PLAIN_KEY.matcher(name).matches() ? path + "." + name : path + "[" + Values.quoted(name) + "]";
    }

    /**
     * Where two requests first differ.
     *
     * @param path the JSON path, for example {@code messages[4].content[0].text}
     * @param recorded the recorded value, or null when the recording has nothing there
     * @param got the sent value, or null when the request has nothing there
     * @param note extra context, such as the two lengths of arrays that differ in size
     */
    record Difference(String path, JsonNode recorded, JsonNode got, String note) {
        String describe() {
            String[] values = Values.contrast(recorded, got);
            return "request differs at " + path + ": recorded " + values[0] + ", got " + values[1] + note;
        }
    }
}
