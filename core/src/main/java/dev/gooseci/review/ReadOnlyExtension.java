package dev.gooseci.review;

import static java.util.Objects.requireNonNull;

import dev.gooseci.tool.Extension;
import dev.gooseci.tool.Tool;
import java.util.List;

/**
 * An extension with only its read-only tools: a review reads and searches, and never writes. The tools that write are
 * not offered at all, rather than offered and denied, so the model does not spend turns on them.
 */
final class ReadOnlyExtension implements Extension {
    private final Extension extension;
    private final List<Tool> tools;

    ReadOnlyExtension(Extension extension) {
        this.extension = requireNonNull(extension, "extension");
        this.tools = extension.tools().stream().filter(Tool::readOnly).toList();
    }

    @Override
    public String name() {
        return extension.name();
    }

    @Override
    public List<Tool> tools() {
        return tools;
    }

    @Override
    public void close() {
        extension.close();
    }
}
