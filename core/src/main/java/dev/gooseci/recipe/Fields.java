package dev.gooseci.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed reads from a recipe's tree. A wrong shape is recorded in {@link Problems} with its field and line, and the
 * read returns empty, so that loading goes on and finds the other problems too.
 */
final class Fields {
    private final Problems problems;

    Fields(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    /** {@code node} as a mapping whose keys are all in {@code allowed}; unknown keys are problems. */
    Optional<ObjectNode> mapping(JsonNode node, String pointer, Set<String> allowed) {
        return mapping(node, pointer, allowed, Set.of());
    }

    /** Like {@link #mapping(JsonNode, String, Set)}, leaving the keys in {@code checkedElsewhere} to the caller. */
    Optional<ObjectNode> mapping(JsonNode node, String pointer, Set<String> allowed, Set<String> checkedElsewhere) {
        if (!(node instanceof ObjectNode object)) {
            problems.add(pointer, "must be a mapping of fields, but is " + describe(node));
            return Optional.empty();
        }
        object.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name) && !checkedElsewhere.contains(name)) {
                problems.add(
                        pointer + "/" + name,
                        "unknown field; allowed here are "
                                + String.join(", ", allowed.stream().sorted().toList()));
            }
        });
        return Optional.of(object);
    }

    /** The single value at {@code name}, as text; empty when absent or null. */
    Optional<String> text(ObjectNode parent, String pointer, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isValueNode()) {
            problems.add(pointer + "/" + name, "takes a single value, but is " + describe(node));
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    /** Like {@link #text} but a missing or blank value is a problem that says what the field is for. */
    String required(ObjectNode parent, String pointer, String name, String purpose) {
        Optional<String> value = text(parent, pointer, name);
        if (value.isEmpty() && parent.has(name) && !parent.get(name).isNull()) {
            return "";
        }
        if (value.isEmpty() || value.get().isBlank()) {
            problems.add(pointer + "/" + name, "is required: " + purpose);
            return "";
        }
        return value.get();
    }

    /** A whole number of at least {@code min}; anything else is a problem. */
    Optional<Integer> integer(ObjectNode parent, String pointer, String name, int min) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < min) {
            problems.add(pointer + "/" + name, "must be a whole number of at least " + min + ", but is " + show(node));
            return Optional.empty();
        }
        return Optional.of(node.asInt());
    }

    /** The items of the list at {@code name}; empty when absent. */
    List<JsonNode> list(ObjectNode parent, String pointer, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(pointer + "/" + name, "must be a list, but is " + describe(node));
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    /** A list of single values, each passed through {@code template}. */
    List<String> strings(ObjectNode parent, String pointer, String name, Template template) {
        List<String> values = new ArrayList<>();
        List<JsonNode> items = list(parent, pointer, name);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = pointer + "/" + name + "/" + i;
            if (item.isValueNode() && !item.isNull()) {
                values.add(template.render(item.asText(), at));
            } else {
                problems.add(at, "must be a single value, but is " + describe(item));
            }
        }
        return values;
    }

    /** A mapping of names to single values, each value passed through {@code template}. */
    Map<String, String> stringMap(ObjectNode parent, String pointer, String name, Template template) {
        JsonNode node = parent.get(name);
        Map<String, String> values = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!(node instanceof ObjectNode object)) {
            problems.add(pointer + "/" + name, "must be a mapping of names to values, but is " + describe(node));
            return values;
        }
        object.properties().forEach(entry -> {
            String at = pointer + "/" + name + "/" + entry.getKey();
            if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                values.put(entry.getKey(), template.render(entry.getValue().asText(), at));
            } else {
                problems.add(at, "must be a single value, but is " + describe(entry.getValue()));
            }
        });
        return values;
    }

    static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "empty";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isObject() ? "a mapping" : "the single value '" + node.asText() + "'";
    }

    private static String show(JsonNode node) {
        return node.isValueNode() ? "'" + node.asText() + "'" : describe(node);
    }
}
