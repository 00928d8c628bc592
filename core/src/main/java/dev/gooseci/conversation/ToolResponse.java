package dev.gooseci.conversation;

import static java.util.Objects.requireNonNull;

/**
 * The result of a tool call, sent back to the model. Denials and failures are responses too, with {@code isError}
 * set, so that the model can change course.
 */
public record ToolResponse(String id, String content, boolean isError) implements Content {
    public ToolResponse {
        requireNonNull(id, "id");
        requireNonNull(content, "content");
    }

    public static ToolResponse ok(String id, String content) {
        return new ToolResponse(id, content, false);
    }

    public static ToolResponse error(String id, String content) {
        return new ToolResponse(id, content, true);
    }
}
