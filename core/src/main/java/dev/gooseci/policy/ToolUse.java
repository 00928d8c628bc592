package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One tool call as the policy sees it.
 *
 * @param name the namespaced tool name, {@code extension__tool}
 * @param arguments the parsed arguments (a copy is kept, so later changes by the caller do not affect the decision)
 * @param readOnly whether the tool declares that it changes nothing (a built-in tool's flag, or an MCP server's
 *     {@code readOnlyHint})
 */
public record ToolUse(String name, ObjectNode arguments, boolean readOnly) {
    public ToolUse {
        requireNonNull(name, "name");
        requireNonNull(arguments, "arguments");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a tool use needs a tool name");
        }
        arguments = arguments.deepCopy();
    }

    /** The extension part of the name: {@code developer} for {@code developer__shell}; empty if not namespaced. */
    public String extension() {
        int split = name.indexOf("__");
        return split < 0 ? "" : name.substring(0, split);
    }

    /** The text argument {@code field}, or empty text if it is absent or not text. */
    public String text(String field) {
        var value = arguments.get(field);
        return value != null && value.isTextual() ? value.asText() : "";
    }
}
