package dev.gooseci.diff;

import java.util.ArrayList;
import java.util.List;

/** Builds file changes for packing tests without writing diff text. */
final class Changes {

    private Changes() {}

    /** A modified file with one hunk per entry of {@code hunkSizes}, each that many added lines, 100 lines apart. */
    static FileChange modified(String path, int... hunkSizes) {
        List<Hunk> hunks = new ArrayList<>();
        int start = 1;
        for (int size : hunkSizes) {
            hunks.add(added(start, size, path));
            start += size + 100;
        }
        return new FileChange(path, path, ChangeType.MODIFIED, 0100644, 0100644, false, false, "", hunks);
    }

    /** An added file whose lines are {@code lines}. */
    static FileChange added(String path, String... lines) {
        List<HunkLine> hunk = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            hunk.add(HunkLine.added(i + 1, lines[i]));
        }
        return new FileChange(
                path,
                path,
                ChangeType.ADDED,
                0,
                0100644,
                false,
                false,
                "",
                List.of(new Hunk(0, 0, 1, lines.length, "", hunk)));
    }

    /** {@code count} added lines of Java-like code starting at new line {@code start}. */
    static Hunk added(int start, int count, String seed) {
        List<HunkLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(HunkLine.added(start + i, "    int value" + i + " = compute(\"" + seed + "\", " + i + ");"));
        }
        return new Hunk(start - 1, 0, start, count, "", lines);
    }

    /** A change of {@code files} source files with {@code linesPerFile} added lines each. */
    static ChangeSet large(int files, int linesPerFile) {
        List<FileChange> changed = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            String path = (f % 3 == 0 ? "src/test/java/p/T" : f % 3 == 1 ? "src/main/java/p/S" : "docs/d")
                    + f
                    + (f % 3 == 2 ? ".md" : ".java");
            changed.add(modified(path, linesPerFile / 2, linesPerFile - linesPerFile / 2));
        }
        return new ChangeSet("base", "head", changed);
    }
}
