package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Renders a review unit as prompt text, compactly, so that the model can only name lines that exist in the new file.
 * Per file a header ({@code ## path (modified)}, {@code ## new (renamed from old)}, {@code , part 2 of 3} for a split
 * file), then each hunk: its {@code @@} header, then one line per hunk line. Added and context lines start with their
 * new-file line number ({@code 42 + added}, {@code 43   context}); a removed line has no new number, so its column is
 * blank and its old number follows the text ({@code    - removed (old 17)}). Numbers are right-aligned per hunk.
 * Files are separated by one blank line.
 *
 * <p>A hunk renders the same on its own as inside a unit, which lets {@link DiffPacker} estimate a file's tokens hunk
 * by hunk and split it at hunk boundaries.
 */
public final class UnitRenderer {

    private UnitRenderer() {}

    /** The whole unit as the prompt shows it. */
    public static String render(ReviewUnit unit) {
        StringBuilder out = new StringBuilder();
        for (FilePart part : requireNonNull(unit, "unit").files()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(header(part.file(), part.part(), part.parts()));
            for (Hunk hunk : part.file().hunks()) {
                appendHunk(out, hunk);
            }
        }
        return out.toString();
    }

    /** A file's header line, e.g. {@code ## src/App.java (renamed from src/Main.java, part 1 of 2)}. */
    static String header(FileChange file, int part, int parts) {
        StringBuilder out = new StringBuilder("## ").append(file.path()).append(" (");
        ChangeType type = file.type();
        if (type == ChangeType.RENAMED || type == ChangeType.COPIED) {
            out.append(type == ChangeType.RENAMED ? "renamed from " : "copied from ")
                    .append(file.oldPath());
        } else {
            out.append(type.name().toLowerCase(Locale.ROOT));
        }
        if (file.oldMode() != 0 && file.newMode() != 0 && file.oldMode() != file.newMode()) {
            out.append(", mode ")
                    .append(Integer.toOctalString(file.oldMode()))
                    .append(" -> ")
                    .append(Integer.toOctalString(file.newMode()));
        }
        if (parts > 1) {
            out.append(", part ").append(part).append(" of ").append(parts);
        }
        return out.append(")\n").toString();
    }

    /** One hunk: its header and numbered lines. */
    static String hunk(Hunk hunk) {
        StringBuilder out = new StringBuilder();
        appendHunk(out, hunk);
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, Hunk hunk) {
        out.append(hunk.header());
        if (!hunk.section().isEmpty()) {
            out.append(' ').append(hunk.section());
        }
        out.append('\n');
        int last = hunk.newStart() + Math.max(hunk.newCount() - 1, 0);
        int width = Integer.toString(last).length();
        for (HunkLine line : hunk.lines()) {
            String text = line.text().endsWith("\r")
                    ? line.text().substring(0, line.text().length() - 1)
                    : line.text();
            if (line.kind() == HunkLine.Kind.REMOVED) {
                pad(out, width, "");
                out.append(" - ")
                        .append(text)
                        .append(" (old ")
                        .append(line.oldLine())
                        .append(')');
            } else {
                pad(out, width, Integer.toString(line.newLine()));
                boolean added = line.kind() == HunkLine.Kind.ADDED;
                out.append(added ? " +" : "");
                if (!text.isEmpty()) {
                    out.append(added ? " " : "   ").append(text);
                }
            }
            out.append('\n');
            if (line.noNewlineAtEnd()) {
                out.append("\\ No newline at end of file\n");
            }
        }
    }

    private static void pad(StringBuilder out, int width, String number) {
        for (int i = number.length(); i < width; i++) {
            out.append(' ');
        }
        out.append(number);
    }
}
