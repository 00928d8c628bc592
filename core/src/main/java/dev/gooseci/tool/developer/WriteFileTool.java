package dev.gooseci.tool.developer;

import dev.gooseci.policy.Access;
import dev.gooseci.policy.PathSandbox;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.tool.ToolResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code write_file}: creates or replaces a text file, creating missing parent directories. The sandbox decides
 * where: inside the workspace, never onto protected files, and only where the run's write globs allow.
 */
final class WriteFileTool extends DeveloperTool {
    private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"},"
            + "\"content\":{\"type\":\"string\"}},\"required\":[\"path\",\"content\"]}";

    private final PathSandbox sandbox;

    WriteFileTool(PathSandbox sandbox, Optional<SecretRedactor> redactor) {
        super("write_file", "Create or overwrite a file with the given content.", SCHEMA, false, redactor);
        this.sandbox = sandbox;
    }

    @Override
    ToolResult run(Arguments arguments) throws IOException {
        String shown = arguments.text("path");
        String content = arguments.text("content");
        Path file = sandbox.resolve(shown, Access.WRITE);
        if (Files.isDirectory(file)) {
            throw new ToolFailure(shown + " is a directory; name a file inside it");
        }
        boolean existed = Files.exists(file);
        Path parent = file.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        long lines = content.isEmpty() ? 0 : content.lines().count();
        return ToolResult.ok((existed ? "overwrote " : "created ") + shown + " (" + lines
                + (lines == 1 ? " line, " : " lines, ") + bytes.length + " bytes)");
    }
}
