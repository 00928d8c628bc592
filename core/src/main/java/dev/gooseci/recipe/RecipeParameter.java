package dev.gooseci.recipe;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One parameter a recipe declares; its value replaces {@code {{ key }}} in the recipe's text.
 *
 * @param key the name used in the template
 * @param inputType what kind of value it takes
 * @param requirement whether a value must be given
 * @param defaultValue the value used when none is given
 * @param description what the value means, for people
 * @param options the allowed values of a {@code select} parameter; empty otherwise
 */
public record RecipeParameter(
        String key,
        InputType inputType,
        Requirement requirement,
        Optional<String> defaultValue,
        String description,
        List<String> options) {

    public RecipeParameter {
        requireNonNull(key, "key");
        requireNonNull(inputType, "inputType");
        requireNonNull(requirement, "requirement");
        requireNonNull(defaultValue, "defaultValue");
        requireNonNull(description, "description");
        options = List.copyOf(options);
    }

    /** Goose's input types. A {@code file} parameter's value is a path; the template gets the file's content. */
    public enum InputType {
        STRING,
        NUMBER,
        BOOLEAN,
        DATE,
        FILE,
        SELECT;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Goose's requirements. {@code user_prompt} asks a person when no value is given; in CI no one can answer, so
     * there it is an error to leave it without a value.
     */
    public enum Requirement {
        REQUIRED,
        OPTIONAL,
        USER_PROMPT;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
