package dev.gooseci.diff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code @@} hunks of one file from a {@link LineCursor}, checking each hunk's line counts, and notes the
 * first line that is not valid UTF-8 (the caller then skips the file).
 */
final class HunkParser {

    private static final Pattern HEADER = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@ ?(.*)$");

    private final LineCursor in;
    private final String path;
    private final List<Hunk> hunks = new ArrayList<>();
    private String invalid = "";

    HunkParser(LineCursor in, String path) {
        this.in = in;
        this.path = path;
    }

    /** Parses hunks while the current line starts with {@code @@}; leaves the cursor on the line after them. */
    HunkParser parseAll() {
        while (in.startsWith("@@")) {
            parseOne();
        }
        return this;
    }

    List<Hunk> hunks() {
        return hunks;
    }

    /** Why the file's text is unusable (not valid UTF-8, and where), or empty. */
    String invalidReason() {
        return invalid;
    }

    private void parseOne() {
        int headerLine = in.number();
        String header = in.header(0);
        Matcher m = HEADER.matcher(header);
        if (!m.matches()) {
            throw new DiffParseException(
                    path, headerLine, "'" + header + "' is not a hunk header like @@ -1,3 +1,4 @@");
        }
        int oldStart = Integer.parseInt(m.group(1));
        int oldCount = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int newStart = Integer.parseInt(m.group(3));
        int newCount = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
        int oldNo = oldStart;
        int newNo = newStart;
        int remOld = oldCount;
        int remNew = newCount;
        List<HunkLine> lines = new ArrayList<>(Math.min(oldCount + newCount, 1 << 16));
        while (true) {
            boolean more = in.advance();
            if (more && in.first() == '\\') {
                markNoNewline(lines, headerLine);
                continue;
            }
            if (remOld == 0 && remNew == 0) {
                break;
            }
            int c = more ? in.first() : 0;
            if ((c == ' ' || c == -1) && remOld > 0 && remNew > 0) {
                lines.add(HunkLine.context(oldNo++, newNo++, text(newNo - 1, "new")));
                remOld--;
                remNew--;
            } else if (c == '-' && remOld > 0) {
                lines.add(HunkLine.removed(oldNo++, text(oldNo - 1, "old")));
                remOld--;
            } else if (c == '+' && remNew > 0) {
                lines.add(HunkLine.added(newNo++, text(newNo - 1, "new")));
                remNew--;
            } else {
                String found = more ? "'" + in.header(0) + "'" : "the end of the diff";
                throw new DiffParseException(
                        path,
                        more ? in.number() : in.number() + 1,
                        "the hunk '" + header + "' at line " + headerLine + " still expects " + remOld
                                + " old and " + remNew + " new lines, but found " + found
                                + "; the hunk header does not match its lines");
            }
        }
        hunks.add(new Hunk(oldStart, oldCount, newStart, newCount, m.group(5), lines));
    }

    private String text(int lineNo, String side) {
        byte[] buf = in.buffer();
        int from = Math.min(in.start() + 1, in.end());
        if (!invalid.isEmpty()) {
            return "";
        }
        if (!Utf8.isValid(buf, from, in.end())) {
            invalid = "not valid UTF-8 (first at " + side + " line " + lineNo + ")";
            return "";
        }
        return new String(buf, from, in.end() - from, StandardCharsets.UTF_8);
    }

    private void markNoNewline(List<HunkLine> lines, int headerLine) {
        if (lines.isEmpty()) {
            throw new DiffParseException(
                    path,
                    in.number(),
                    "'\\ No newline at end of file' must follow a line of the hunk at line " + headerLine);
        }
        int last = lines.size() - 1;
        lines.set(last, lines.get(last).withoutNewlineAtEnd());
    }
}
