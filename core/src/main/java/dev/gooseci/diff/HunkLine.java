package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

/**
 * One line of a hunk. A context line has both line numbers, an added line only its new one and a removed line only
 * its old one; a missing number is 0. The text excludes the diff marker and the {@code \n}, but keeps a {@code \r}:
 * a CRLF file's lines end in {@code \r}, exactly as the file has them.
 *
 * @param noNewlineAtEnd the line is the last of its file and has no {@code \n} ({@code \ No newline at end of file})
 */
public record HunkLine(Kind kind, int oldLine, int newLine, String text, boolean noNewlineAtEnd) {

    /** Which side(s) of the change a line belongs to. */
    public enum Kind {
        CONTEXT,
        ADDED,
        REMOVED
    }

    public HunkLine {
        requireNonNull(kind, "kind");
        requireNonNull(text, "text");
        if (oldLine < 0 || newLine < 0) {
            throw new IllegalArgumentException("line numbers must be >= 0, got old " + oldLine + " new " + newLine);
        }
        boolean wantsOld = kind != Kind.ADDED;
        boolean wantsNew = kind != Kind.REMOVED;
        if (wantsOld != (oldLine > 0) || wantsNew != (newLine > 0)) {
            throw new IllegalArgumentException("a " + kind + " line has " + (wantsOld ? "an old" : "no old") + " and "
                    + (wantsNew ? "a new" : "no new") + " line number, got old " + oldLine + " new " + newLine);
        }
    }

    public static HunkLine context(int oldLine, int newLine, String text) {
        return new HunkLine(Kind.CONTEXT, oldLine, newLine, text, false);
    }

    public static HunkLine added(int newLine, String text) {
        return new HunkLine(Kind.ADDED, 0, newLine, text, false);
    }

    public static HunkLine removed(int oldLine, String text) {
        return new HunkLine(Kind.REMOVED, oldLine, 0, text, false);
    }

    /** This line, marked as the last line of its file without a trailing newline. */
    public HunkLine withoutNewlineAtEnd() {
        return new HunkLine(kind, oldLine, newLine, text, true);
    }

    /** Whether the line exists in the old file (removed or context). */
    public boolean onOldSide() {
        return kind != Kind.ADDED;
    }

    /** Whether the line exists in the new file (added or context). */
    public boolean onNewSide() {
        return kind != Kind.REMOVED;
    }
}
