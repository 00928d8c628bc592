package dev.gooseci.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Cuts a tool result that is over its {@link ToolOutputLimits}: the first and last quarter of the allowance (half
 * each of the characters and the lines) are kept, whole lines where that loses little, around one marker line that
 * says how much was cut and where the whole output was saved. Thread-safe: file names are claimed atomically.
 */
final class OutputSpill {
    private static final int MAX_NAME = 80;

    private final ToolOutputLimits limits;

    OutputSpill(ToolOutputLimits limits) {
        this.limits = limits;
    }

    /** {@code content} itself when it is within the limits, or its head and tail around the marker. */
    String apply(String callId, String content) {
        int lines = lines(content);
        if (content.length() <= limits.maxChars() && lines <= limits.maxLines()) {
            return content;
        }
        int halfChars = limits.maxChars() / 2;
        int halfLines = limits.maxLines() / 2;
        int headEnd = headEnd(content, halfLines, halfChars);
        int tailStart = Math.max(headEnd, tailStart(content, halfLines, halfChars));
        String head = content.substring(0, headEnd);
        String cut = content.substring(headEnd, tailStart);
        String marker = "[... " + lines(cut) + " lines (" + cut.length() + " characters) cut here. The whole output, "
                + content.length() + " characters in " + lines + " lines, " + save(callId, content) + " ...]";
        return head + (head.isEmpty() || head.endsWith("\n") ? "" : "\n") + marker + "\n"
                + content.substring(tailStart);
    }

    private String save(String callId, String content) {
        try {
            Files.createDirectories(limits.directory());
            String base = callId.replaceAll("[^A-Za-z0-9._-]", "_");
            base = base.isEmpty() ? "call" : base.substring(0, Math.min(base.length(), MAX_NAME));
            for (int n = 1; ; n++) {
                Path file = limits.directory().resolve(base + (n == 1 ? "" : "-" + n) + ".txt");
                try {
                    Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                    return "is saved in " + shown(file) + "; page through it with read_file";
                } catch (FileAlreadyExistsException e) {
                    // a provider reused the id; take the next name
                }
            }
        } catch (IOException | RuntimeException e) {
            return "could not be saved (" + e + "); narrow the call to see the rest";
        }
    }

    private String shown(Path file) {
        if (file.startsWith(limits.workspace())) {
            return limits.workspace().relativize(file).toString().replace('\\', '/');
        }
        return file.toString();
    }

    /** Lines as an editor counts them: a last line without a newline still counts. */
    static int lines(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return text.isEmpty() || text.endsWith("\n") ? count : count + 1;
    }

    /** The end of the first {@code maxLines} lines, at most {@code maxChars} in, on a line end when that is near. */
    static int headEnd(String text, int maxLines, int maxChars) {
        int end = 0;
        for (int line = 0; line < maxLines && end < text.length(); line++) {
            int newline = text.indexOf('\n', end);
            end = newline < 0 ? text.length() : newline + 1;
        }
        if (end <= maxChars) {
            return end;
        }
        int lineEnd = text.lastIndexOf('\n', maxChars - 1) + 1;
        return lineEnd >= maxChars / 2 ? lineEnd : maxChars;
    }

    /** The start of the last {@code maxLines} lines, at most {@code maxChars} from the end, on a line start if near. */
    static int tailStart(String text, int maxLines, int maxChars) {
        int bound = text.endsWith("\n") ? text.length() - 1 : text.length();
        int start = 0;
        for (int line = 0; line < maxLines; line++) {
            int newline = text.lastIndexOf('\n', bound - 1);
            if (newline < 0) {
                start = 0;
                break;
            }
            start = newline + 1;
            bound = newline;
        }
        int earliest = text.length() - maxChars;
        if (start >= earliest) {
            return start;
        }
        int lineStart = text.indexOf('\n', earliest);
        return lineStart >= 0 && lineStart + 1 - earliest <= maxChars / 2 ? lineStart + 1 : earliest;
    }
}
