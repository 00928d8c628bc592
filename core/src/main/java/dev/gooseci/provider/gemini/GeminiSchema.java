package dev.gooseci.provider.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a tool's JSON Schema down to the OpenAPI 3.0 subset Gemini's {@code Schema} accepts. Gemini rejects the whole
 * request on an unknown key such as {@code $schema}, {@code additionalProperties} or {@code $ref}, so only the keys its
 * API reference lists are kept, and a JSON Schema type list like {@code ["string", "null"]} becomes a type plus
 * {@code nullable}.
 */
final class GeminiSchema {
    /** The fields of Gemini's {@code Schema} message (generativelanguage v1beta). */
    private static final Set<String> KEPT = Set.of(
            "type",
            "format",
            "title",
            "description",
            "nullable",
            "enum",
            "items",
            "maxItems",
            "minItems",
            "properties",
            "required",
            "minProperties",
            "maxProperties",
            "minimum",
            "maximum",
            "minLength",
            "maxLength",
            "pattern",
            "example",
            "anyOf",
            "propertyOrdering",
            "default");

    private GeminiSchema() {}

    /** A cleaned copy of {@code schema}; the argument is not changed. */
    static ObjectNode clean(JsonNode schema) {
        ObjectNode out = Json.object();
        if (!schema.isObject()) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (!KEPT.contains(key)) {
                continue;
            }
            switch (key) {
                case "type" -> type(value, out);
                case "items" -> out.set(key, clean(value));
                case "properties" -> out.set(key, properties(value));
                case "anyOf" -> out.set(key, each(value));
                default -> out.set(key, value.deepCopy());
            }
        }
        return out;
    }

    /** Whether a cleaned schema is an object with no properties, which Gemini refuses as {@code parameters}. */
    static boolean isEmptyObject(ObjectNode schema) {
        return "object".equals(schema.path("type").asText("object"))
                && schema.path("properties").size() == 0;
    }

    private static void type(JsonNode value, ObjectNode out) {
        if (!value.isArray()) {
            out.set("type", value.deepCopy());
            return;
        }
        for (JsonNode type : value) {
            if ("null".equals(type.asText())) {
                out.put("nullable", true);
            } else if (!out.has("type")) {
                out.put("type", type.asText());
            }
        }
    }

    private static ObjectNode properties(JsonNode value) {
        ObjectNode out = Json.object();
        value.fields().forEachRemaining(property -> out.set(property.getKey(), clean(property.getValue())));
        return out;
    }

    private static ArrayNode each(JsonNode value) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        value.forEach(schema -> out.add(clean(schema)));
        return out;
    }
}
