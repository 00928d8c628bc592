package dev.gooseci.conversation;

import static java.util.Objects.requireNonNull;

/**
 * The model asks to call a tool.
 *
 * @param id the call id the response must echo
 * @param name the namespaced tool name, for example {@code developer__read_file}
 * @param arguments the arguments as JSON object text, exactly as the model produced them
 */
public record ToolRequest(String id, String name, String arguments) implements Content {
    public ToolRequest {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(arguments, "arguments");
    }
}
