package dev.gooseci.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.recipe.RecipeParameter.InputType;
import dev.gooseci.recipe.RecipeParameter.Requirement;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the {@code parameters} of a recipe and works out each one's value from the given ones and the defaults. */
final class ParameterReader {
    private static final Set<String> FIELDS =
            Set.of("key", "input_type", "requirement", "default", "description", "options");
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Fields fields;
    private final Problems problems;
    /** The pointer of each declared parameter, for problems found later (unused parameters). */
    private final Map<String, String> pointers = new LinkedHashMap<>();

    ParameterReader(Fields fields) {
        this.fields = fields;
        this.problems = fields.problems();
    }

    List<RecipeParameter> read(ObjectNode root) {
        List<RecipeParameter> parameters = new ArrayList<>();
        List<JsonNode> items = fields.list(root, "", "parameters");
        for (int i = 0; i < items.size(); i++) {
            String at = "/parameters/" + i;
            fields.mapping(items.get(i), at, FIELDS)
                    .flatMap(node -> parameter(node, at))
                    .ifPresent(parameters::add);
        }
        return parameters;
    }

    private Optional<RecipeParameter> parameter(ObjectNode node, String at) {
        String key = fields.required(node, at, "key", "the name used as {{ key }} in the recipe");
        String description = fields.required(node, at, "description", "say what the value means");
        InputType type = choice(node, at, "input_type", InputType.values());
        Requirement requirement = choice(node, at, "requirement", Requirement.values());
        Optional<String> defaultValue = fields.text(node, at, "default");
        List<String> options = fields.strings(node, at, "options", new Template(Map.of(), Set.of(), problems));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (!KEY.matcher(key).matches()) {
            problems.add(at + "/key", "'" + key + "' must be letters, digits and '_', not starting with a digit");
        } else if (pointers.putIfAbsent(key, at) != null) {
            problems.add(at + "/key", "parameter '" + key + "' is declared twice; keep one");
        }
        if (type == null || requirement == null) {
            return Optional.empty();
        }
        if (type == InputType.SELECT && options.isEmpty()) {
            problems.add(at, "a select parameter needs 'options', the values to choose from");
        }
        if (requirement == Requirement.OPTIONAL && defaultValue.isEmpty()) {
            problems.add(at, "optional parameter '" + key + "' needs a 'default'");
        }
        if (type == InputType.FILE && defaultValue.isPresent()) {
            problems.add(at + "/default", "a file parameter cannot have a default; pass the path with --params");
        }
        defaultValue
                .flatMap(value -> invalid(type, value, options))
                .ifPresent(why -> problems.add(at + "/default", why));
        return Optional.of(new RecipeParameter(key, type, requirement, defaultValue, description, options));
    }

    /**
     * The value of every parameter that has one. Given values win over defaults; a file parameter's value is the
     * content of the file it names, read relative to {@code workingDirectory}.
     */
    Map<String, String> values(List<RecipeParameter> parameters, Map<String, String> given, Path workingDirectory) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : given.keySet()) {
            if (!pointers.containsKey(name)) {
                problems.add(
                        "/parameters",
                        "the value for '" + name
                                + "' was given, but the recipe declares no such parameter; declared are "
                                + (pointers.isEmpty() ? "none" : String.join(", ", pointers.keySet())));
            }
        }
        for (RecipeParameter parameter : parameters) {
            String at = pointers.get(parameter.key());
            String value = given.get(parameter.key());
            if (value == null) {
                value = parameter.defaultValue().orElse(null);
            } else {
                Optional<String> invalid = invalid(parameter.inputType(), value, parameter.options());
                if (invalid.isPresent()) {
                    problems.add(at, "the value given for '" + parameter.key() + "' " + invalid.get());
                    continue;
                }
                if (parameter.inputType() == InputType.FILE) {
                    value = read(workingDirectory.resolve(value), parameter.key(), at);
                }
            }
            if (value != null) {
                values.put(parameter.key(), value);
            } else if (parameter.requirement() == Requirement.USER_PROMPT) {
                problems.add(
                        at,
                        "'" + parameter.key() + "' is user_prompt, but no one can answer a prompt in CI; pass it"
                                + " with --params " + parameter.key() + "=VALUE or give it a default");
            } else {
                problems.add(
                        at,
                        "'" + parameter.key() + "' is required and has no default; pass it with --params "
                                + parameter.key() + "=VALUE");
            }
        }
        return values;
    }

    /** Every declared key, including those of parameters with problems, so that they cause no further ones. */
    Set<String> declared() {
        return Set.copyOf(pointers.keySet());
    }

    /** The declared parameters that no template used, as problems. */
    void reportUnused(Set<String> used) {
        pointers.forEach((key, at) -> {
            if (!used.contains(key)) {
                problems.add(
                        at + "/key",
                        "parameter '" + key + "' is declared but never used as {{ " + key + " }}; use it or remove it");
            }
        });
    }

    private String read(Path file, String key, String at) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            problems.add(at, "file parameter '" + key + "' names " + file + ", which cannot be read (" + e + ")");
            return null;
        }
    }

    /** Why {@code value} does not fit {@code type}, as "must …", or empty when it fits. */
    private static Optional<String> invalid(InputType type, String value, List<String> options) {
        if (type == InputType.NUMBER) {
            try {
                new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                return Optional.of("must be a number, but is '" + value + "'");
            }
        } else if (type == InputType.BOOLEAN && !value.equals("true") && !value.equals("false")) {
            return Optional.of("must be true or false, but is '" + value + "'");
        } else if (type == InputType.SELECT && !options.isEmpty() && !options.contains(value)) {
            return Optional.of("must be one of " + String.join(", ", options) + ", but is '" + value + "'");
        }
        return Optional.empty();
    }

    private <E extends Enum<E>> E choice(ObjectNode node, String at, String name, E[] values) {
        Optional<String> text = fields.text(node, at, name);
        if (text.isEmpty()) {
            fields.required(node, at, name, "one of " + names(values));
            return null;
        }
        for (E value : values) {
            if (value.toString().equals(text.get().strip().toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        problems.add(at + "/" + name, "'" + text.get() + "' is not one of " + names(values));
        return null;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", "));
    }
}
