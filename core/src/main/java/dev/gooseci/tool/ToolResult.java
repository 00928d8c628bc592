package dev.gooseci.tool;

import static java.util.Objects.requireNonNull;

/**
 * What a tool returns to the model. Errors are results too: a denied or failed call tells the model why, so that
 * it can try something else.
 */
public record ToolResult(String content, boolean isError) {
    public ToolResult {
        requireNonNull(content, "content");
    }

    public static ToolResult ok(String content) {
        return new ToolResult(content, false);
    }

    public static ToolResult error(String content) {
        return new ToolResult(content, true);
    }
}
