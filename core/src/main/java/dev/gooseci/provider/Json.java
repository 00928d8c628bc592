package dev.gooseci.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON mapper the provider mappers share, and the small conversions they all need. */
public final class Json {
    /** Configured once and never changed afterwards, so sharing it across threads is safe. */
    public static final ObjectMapper MAPPER =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Parses JSON text, or throws {@link MalformedResponseException} naming {@code what} was being read. */
    public static JsonNode parse(String text, String what) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException(
                    what + " is not valid JSON (" + e.getOriginalMessage() + "): " + abbreviate(text), e);
        }
    }

    /**
     * Parses tool arguments the model produced. Models sometimes send an empty string for "no arguments"; that is
     * read as {@code {}}. Anything else that is not a JSON object is kept as text under {@code _raw} so that the tool
     * can report it back to the model rather than the run failing.
     */
    public static ObjectNode arguments(String text) {
        if (text == null || text.isBlank()) {
            return object();
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException ignored) {
            // fall through
        }
        ObjectNode raw = object();
        raw.put("_raw", text);
        return raw;
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialise", e);
        }
    }

    /** The text of {@code node} at {@code field}, or {@code fallback} when it is absent or null. */
    public static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    /** {@code text} cut to 200 characters, for quoting a vendor's reply in an error message. */
    public static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
