package dev.gooseci.provider.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.gooseci.provider.Json;

/** Reads fields of the transcript format with errors that name the JSON path; and the object-or-text rule. */
final class JsonFields {
    private JsonFields() {}

    static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    static TranscriptFormatException error(String path, String problem) {
        return new TranscriptFormatException((path.isEmpty() ? "" : path + ": ") + problem);
    }

    static ObjectNode object(JsonNode node, String path) {
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw error(path, "expected a JSON object, found " + describe(node));
    }

    static ArrayNode array(JsonNode node, String path) {
        if (node instanceof ArrayNode array) {
            return array;
        }
        throw error(path, "expected a JSON array, found " + describe(node));
    }

    static boolean has(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    static String text(JsonNode node, String field, String path) {
        if (!has(node, field)) {
            throw error(child(path, field), "required string is missing");
        }
        return text(node, field, null, path);
    }

    static String text(JsonNode node, String field, String fallback, String path) {
        if (!has(node, field)) {
            return fallback;
        }
        JsonNode value = node.get(field);
        if (!value.isTextual()) {
            throw error(child(path, field), "expected a string, found " + describe(value));
        }
        return value.asText();
    }

    static boolean bool(JsonNode node, String field, boolean fallback, String path) {
        if (!has(node, field)) {
            return fallback;
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            throw error(child(path, field), "expected true or false, found " + describe(value));
        }
        return value.asBoolean();
    }

    static long count(JsonNode node, String field, long fallback, String path) {
        if (!has(node, field)) {
            return fallback;
        }
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw error(child(path, field), "expected a whole number of at least 0, found " + describe(value));
        }
        return value.asLong();
    }

    /**
     * JSON text as an object when that loses nothing, otherwise as a string. Only text that reads back byte for byte
     * (compact, no duplicate keys, numbers in Jackson's form) becomes an object, so decoding gives the exact text.
     */
    static JsonNode objectOrText(String text) {
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            if (node != null && node.isObject() && Json.write(node).equals(text)) {
                return node;
            }
        } catch (JsonProcessingException notJson) {
            // kept as text below
        }
        return TextNode.valueOf(text);
    }

    /** The inverse of {@link #objectOrText}: an object is written compactly, a string is taken as it is. */
    static String objectOrText(JsonNode node, String field, String fallback, String path) {
        if (!has(node, field)) {
            return fallback;
        }
        JsonNode value = node.get(field);
        if (value.isObject()) {
            return Json.write(value);
        }
        if (value.isTextual()) {
            return value.asText();
        }
        throw error(child(path, field), "expected a JSON object or a string, found " + describe(value));
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + Values.abbreviate(node);
    }
}
