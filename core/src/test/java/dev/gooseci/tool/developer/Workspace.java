package dev.gooseci.tool.developer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.tool.Extension;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.Toolbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A real directory to run the developer tools in, and a way to call them by name as the model would. */
final class Workspace {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path root;

    Workspace(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Workspace file(String path, String content) {
        return bytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    Workspace bytes(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Workspace directory(String path) {
        try {
            Files.createDirectories(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Workspace link(String path, Path target) {
        try {
            Files.createSymbolicLink(root.resolve(path), target);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls {@code developer__<tool>} through a toolbox, with the model's JSON arguments. */
    static ToolResult call(Extension extension, String tool, String arguments) {
        return Toolbox.of(List.of(extension)).call("developer__" + tool, arguments);
    }

    /** JSON text parsed into the object a tool is called with. */
    static ObjectNode toObject(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tool arguments as JSON text, from alternating names and values. */
    static String json(Object... namesAndValues) {
        ObjectNode node = MAPPER.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.set((String) namesAndValues[i], MAPPER.valueToTree(namesAndValues[i + 1]));
        }
        return node.toString();
    }
}
