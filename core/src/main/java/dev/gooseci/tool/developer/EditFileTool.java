package dev.gooseci.tool.developer;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.gooseci.policy.Access;
import dev.gooseci.policy.PathSandbox;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.tool.ToolResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code edit_file}: replaces one exact occurrence of {@code old} with {@code new} and answers with the unified diff.
 * Text that occurs nowhere or more than once is refused, with the line of each occurrence, so the model can widen
 * {@code old} rather than change the wrong place.
 */
final class EditFileTool extends DeveloperTool {
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"},"
            + "\"old\":{\"type\":\"string\"},\"new\":{\"type\":\"string\"}},\"required\":[\"path\",\"old\",\"new\"]}";

    private final PathSandbox sandbox;

    EditFileTool(PathSandbox sandbox, Optional<SecretRedactor> redactor) {
        super(
                "edit_file",
                "Replace the one exact occurrence of old with new in a file; returns the diff.",
                SCHEMA,
                false,
                redactor);
        this.sandbox = sandbox;
    }

    @Override
    ToolResult run(Arguments arguments) throws IOException {
        String shown = arguments.text("path");
        String old = arguments.text("old");
        String replacement = arguments.text("new");
        if (old.isEmpty()) {
            throw new ToolFailure("old is empty; give the exact text to replace, or use write_file for a new file");
        }
        Path file = sandbox.resolve(shown, Access.WRITE);
        if (!Files.isRegularFile(file)) {
            throw new ToolFailure(shown + " is not an existing file; use write_file to create it");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new ToolFailure(shown + " is larger than 4 MiB; edit_file does not edit files that large");
        }
        String before = TextFiles.readStrict(file, shown);
        if (!before.contains(old) && before.contains("\r\n") && !old.contains("\r")) {
            old = old.replace("\n", "\r\n");
            replacement = replacement.replace("\n", "\r\n");
        }
        List<Integer> lines = occurrences(before, old);
        if (lines.isEmpty()) {
            throw new ToolFailure("old does not occur in " + shown
                    + "; read_file it and copy the text exactly, whitespace and indentation included");
        }
        if (lines.size() > 1) {
            throw new ToolFailure("old occurs " + lines.size() + " times in " + shown + ", starting on lines "
                    + joined(lines) + "; add surrounding lines to old so that it occurs once");
        }
        int at = before.indexOf(old);
        String after = before.substring(0, at) + replacement + before.substring(at + old.length());
        Files.write(file, after.getBytes(StandardCharsets.UTF_8));
        return ToolResult.ok(diff(shown, before, after));
    }

    /** The line number of each occurrence of {@code text}, overlapping ones included. */
    static List<Integer> occurrences(String content, String text) {
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int counted = 0;
        for (int at = content.indexOf(text); at >= 0; at = content.indexOf(text, at + 1)) {
            for (int i = counted; i < at; i++) {
                if (content.charAt(i) == '\n') {
                    line++;
                }
            }
            counted = at;
            lines.add(line);
        }
        return lines;
    }

    static String diff(String path, String before, String after) {
        List<String> original = lines(before);
        List<String> revised = lines(after);
        Patch<String> patch = DiffUtils.diff(original, revised);
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, original, patch, 3))
                + "\n";
    }

    /** The lines of {@code text}; a final newline ends the last line rather than starting an empty one. */
    private static List<String> lines(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        return text.endsWith("\n") ? lines.subList(0, lines.size() - 1) : lines;
    }

    private static String joined(List<Integer> lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(i == 0 ? "" : i == lines.size() - 1 ? " and " : ", ").append(lines.get(i));
        }
        return text.toString();
    }
}
