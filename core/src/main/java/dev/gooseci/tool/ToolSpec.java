package dev.gooseci.tool;

import static java.util.Objects.requireNonNull;

/**
 * What the model is told about a tool. Descriptions are kept short: the tool specs are sent on every turn and are part
 * of the run's token cost.
 *
 * @param name the namespaced name the model calls
 * @param description one or two sentences for the model
 * @param inputSchema a JSON Schema object, as JSON text, for the arguments
 */
public record ToolSpec(String name, String description, String inputSchema) {
    public ToolSpec {
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        requireNonNull(inputSchema, "inputSchema");
        if (!name.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("tool name '" + name
                    + "' must be 1 to 64 letters, digits, '_' or '-' (every provider accepts that set)");
        }
    }
}
