package dev.gooseci.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the provider table by hand from a YAML tree, so that {@link ProviderInfo} stays free of Jackson and every
 * mistake in the file is reported with its row and field.
 */
final class ProviderCatalogReader {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> FIELDS = Set.of(
            "name",
            "format",
            "displayName",
            "baseUrl",
            "baseUrlEnv",
            "baseUrlPath",
            "keyEnv",
            "auth",
            "keyRequired",
            "defaultModel",
            "headers",
            "query",
            "queryEnv",
            "deploymentInPath",
            "streamOptions",
            "maxTokensField");

    private ProviderCatalogReader() {}

    static List<ProviderInfo> read(String yaml, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + " is not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(source + " must be a list of providers");
        }
        List<ProviderInfo> providers = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode row = root.get(i);
            String where = source + " row " + (i + 1) + " (" + row.path("name").asText("?") + ")";
            try {
                providers.add(row(row, where));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return providers;
    }

    private static ProviderInfo row(JsonNode row, String where) {
        for (Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("unknown field '" + field + "'; known fields are " + FIELDS);
            }
        }
        return new ProviderInfo(
                required(row, "name"),
                constant(WireFormat.class, optional(row, "format").orElse("openai"), "format"),
                required(row, "displayName"),
                optional(row, "baseUrl"),
                strings(row, "baseUrlEnv"),
                optional(row, "baseUrlPath").orElse(""),
                strings(row, "keyEnv"),
                constant(AuthStyle.class, optional(row, "auth").orElse("bearer"), "auth"),
                row.path("keyRequired").asBoolean(false),
                optional(row, "defaultModel"),
                map(row, "headers"),
                map(row, "query"),
                map(row, "queryEnv"),
                row.path("deploymentInPath").asBoolean(false),
                row.path("streamOptions").asBoolean(true),
                optional(row, "maxTokensField").orElse("max_tokens"));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + field + "' is '" + value + "'; use one of "
                    + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }

    private static String required(JsonNode row, String field) {
        return optional(row, field).orElseThrow(() -> new IllegalArgumentException("'" + field + "' is missing"));
    }

    private static Optional<String> optional(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() || value.asText().isBlank()
                ? Optional.empty()
                : Optional.of(value.asText());
    }

    private static List<String> strings(JsonNode row, String field) {
        JsonNode value = row.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be a list, like [NAME_ONE, NAME_TWO]");
        }
        List<String> list = new ArrayList<>();
        value.forEach(item -> list.add(item.asText()));
        return list;
    }

    private static Map<String, String> map(JsonNode row, String field) {
        JsonNode value = row.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw new IllegalArgumentException("'" + field + "' must be a mapping of names to values");
        }
        Map<String, String> map = new LinkedHashMap<>();
        value.fields()
                .forEachRemaining(
                        entry -> map.put(entry.getKey(), entry.getValue().asText()));
        return map;
    }
}
