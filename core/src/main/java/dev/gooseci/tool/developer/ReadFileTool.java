package dev.gooseci.tool.developer;

import dev.gooseci.policy.Access;
import dev.gooseci.policy.PathSandbox;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.tool.ToolResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code read_file}: a text file, or a range of its lines, numbered, cut at a size cap with a hint how to page. */
final class ReadFileTool extends DeveloperTool {
    static final int CAP_BYTES = 256 * 1024;

    private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"},"
            + "\"start_line\":{\"type\":\"integer\"},\"end_line\":{\"type\":\"integer\"}},\"required\":[\"path\"]}";

    private final PathSandbox sandbox;

    ReadFileTool(PathSandbox sandbox, Optional<SecretRedactor> redactor) {
        super(
                "read_file",
                "Read a text file with line numbers; start_line/end_line (1-based) pick a range.",
                SCHEMA,
                true,
                redactor);
        this.sandbox = sandbox;
    }

    @Override
    ToolResult run(Arguments arguments) throws IOException {
        String shown = arguments.text("path");
        int start = arguments.optionalInt("start_line", 1, Integer.MAX_VALUE).orElse(1);
        int end = arguments.optionalInt("end_line", 1, Integer.MAX_VALUE).orElse(Integer.MAX_VALUE);
        if (end < start) {
            throw new ToolFailure("end_line " + end + " is before start_line " + start);
        }
        Path file = sandbox.resolve(shown, Access.READ);
        if (Files.isDirectory(file)) {
            throw new ToolFailure(shown + " is a directory; use list_files for directories");
        }
        if (!Files.isRegularFile(file)) {
            throw new ToolFailure(shown + " does not exist; use list_files or search to find the right path");
        }
        Optional<String> binary = TextFiles.binaryReason(file);
        if (binary.isPresent()) {
            throw new ToolFailure(shown + " is not a text file (" + binary.get() + "), so read_file does not show it");
        }
        return ToolResult.ok(read(file, shown, start, end));
    }

    private static String read(Path file, String shown, int start, int end) throws IOException {
        StringBuilder out = new StringBuilder();
        long bytes = 0;
        int number = 0;
        int cutAfter = -1;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (number < start || number > end || cutAfter >= 0) {
                    continue;
                }
                String numbered = number + "\t" + line + "\n";
                long size = TextFiles.utf8Length(numbered);
                if (bytes + size > CAP_BYTES) {
                    if (bytes == 0) {
                        out.append(numbered, 0, CAP_BYTES / 4)
                                .append("\n[line ")
                                .append(number)
                                .append(" is longer than 256 KiB; only its start is shown]\n");
                    }
                    cutAfter = bytes == 0 ? number : number - 1;
                    continue;
                }
                out.append(numbered);
                bytes += size;
            }
        }
        if (number == 0) {
            return "(" + shown + " is empty)";
        }
        if (start > number) {
            throw new ToolFailure(
                    "start_line " + start + " is past the end of " + shown + ", which has " + number + " lines");
        }
        if (cutAfter >= 0 && cutAfter < Math.min(end, number)) {
            out.append("[cut at 256 KiB after line ")
                    .append(cutAfter)
                    .append(" of ")
                    .append(number)
                    .append("; read on with start_line=")
                    .append(cutAfter + 1)
                    .append("]\n");
        }
        return out.toString();
    }
}
