package dev.gooseci.tool.developer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalInt;

/** The model's arguments to one tool, read with errors that name the tool and the argument. */
final class Arguments {
    private final String tool;
    private final ObjectNode values;

    Arguments(String tool, ObjectNode values) {
        this.tool = tool;
        this.values = values;
    }

    String text(String name) {
        return optionalText(name)
                .orElseThrow(() -> new ToolFailure(tool + " needs the argument '" + name + "' (text)"));
    }

    Optional<String> optionalText(String name) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new ToolFailure("argument '" + name + "' of " + tool + " must be text, was " + value.getNodeType());
        }
        return Optional.of(value.asText());
    }

    /** An optional whole number from {@code min} to {@code max}; a number written as text is accepted too. */
    OptionalInt optionalInt(String name, int min, int max) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return OptionalInt.empty();
        }
        long number;
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            number = value.asLong();
        } else if (value.isTextual() && value.asText().trim().matches("-?\\d{1,18}")) {
            number = Long.parseLong(value.asText().trim());
        } else {
            throw new ToolFailure("argument '" + name + "' of " + tool + " must be a whole number, was " + value);
        }
        if (number < min || number > max) {
            throw new ToolFailure(
                    "argument '" + name + "' of " + tool + " must be from " + min + " to " + max + ", was " + number);
        }
        return OptionalInt.of((int) number);
    }
}
