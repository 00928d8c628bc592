package dev.gooseci.diff;

import java.util.List;

/**
 * Reads one file's section of {@code git diff} output: the {@code diff --git} line, the extended headers, the
 * {@code ---}/{@code +++} lines and the hunks. Leaves the cursor on the first line after the section.
 */
final class GitFileReader {

    private final LineCursor in;
    private String oldPath = "";
    private String newPath = "";
    private ChangeType type = ChangeType.MODIFIED;
    private int oldMode;
    private int newMode;
    private boolean binary;

    GitFileReader(LineCursor in) {
        this.in = in;
    }

    /** Reads a section that starts with {@code diff --git}. */
    FileChange read() {
        List<String> paths = GitPaths.ofGitLine(in.header("diff --git ".length()));
        oldPath = paths.get(0);
        newPath = paths.get(1);
        while (in.advance() && !in.startsWith("diff ") && !in.startsWith("@@")) {
            if (!extendedHeader()) {
                break;
            }
        }
        return finish();
    }

    /** Reads a section that starts with {@code ---} and has no {@code diff --git} line (plain {@code diff -u}). */
    FileChange readPlain() {
        fileLines();
        return finish();
    }

    /** Handles one header line; false when the headers end here (the hunks or the next file follow). */
    private boolean extendedHeader() {
        if (in.startsWith("--- ") && in.nextStartsWith("+++ ")) {
            fileLines();
            if (in.startsWith("Binary files ")) {
                // JGit writes the ---/+++ lines before "Binary files differ" for an added or deleted binary.
                binary = true;
                in.advance();
            }
            return false;
        } else if (in.startsWith("old mode ")) {
            oldMode = mode("old mode ");
        } else if (in.startsWith("new mode ")) {
            newMode = mode("new mode ");
        } else if (in.startsWith("deleted file mode ")) {
            type = ChangeType.DELETED;
            oldMode = mode("deleted file mode ");
        } else if (in.startsWith("new file mode ")) {
            type = ChangeType.ADDED;
            newMode = mode("new file mode ");
        } else if (in.startsWith("rename from ") || in.startsWith("copy from ")) {
            type = in.startsWith("rename") ? ChangeType.RENAMED : ChangeType.COPIED;
            oldPath = GitPaths.ofExtendedHeader(in.header(in.startsWith("rename") ? 12 : 10));
        } else if (in.startsWith("rename to ") || in.startsWith("copy to ")) {
            type = in.startsWith("rename") ? ChangeType.RENAMED : ChangeType.COPIED;
            newPath = GitPaths.ofExtendedHeader(in.header(in.startsWith("rename") ? 10 : 8));
        } else if (in.startsWith("index ")) {
            String rest = in.header(6);
            int space = rest.indexOf(' ');
            if (space > 0 && oldMode == 0 && newMode == 0) {
                oldMode = Integer.parseInt(rest.substring(space + 1).trim(), 8);
                newMode = oldMode;
            }
        } else if (in.startsWith("Binary files ")) {
            binary = true;
        } else if (in.startsWith("GIT binary patch")) {
            binary = true;
            while (in.advance() && !in.startsWith("diff ")) {
                // literal / delta data up to the next file
            }
            return false;
        }
        // similarity index, dissimilarity index and any header git may add later: nothing we need.
        return true;
    }

    /** The {@code ---} / {@code +++} pair; the cursor ends on the line after {@code +++}. */
    private void fileLines() {
        String minus = GitPaths.ofFileLine(in.header(4));
        in.advance();
        String plus = GitPaths.ofFileLine(in.header(4));
        in.advance();
        if (minus.equals(GitPaths.DEV_NULL)) {
            type = ChangeType.ADDED;
        } else if (plus.equals(GitPaths.DEV_NULL)) {
            type = ChangeType.DELETED;
        }
        if (!minus.equals(GitPaths.DEV_NULL)) {
            oldPath = minus;
        }
        if (!plus.equals(GitPaths.DEV_NULL)) {
            newPath = plus;
        }
    }

    private FileChange finish() {
        if (type == ChangeType.ADDED) {
            oldPath = newPath;
        } else if (type == ChangeType.DELETED) {
            newPath = oldPath;
        }
        String path = type == ChangeType.DELETED ? oldPath : newPath;
        HunkParser hunks = new HunkParser(in, path).parseAll();
        int c = in.first();
        boolean nextFile = in.startsWith("--- ") && in.nextStartsWith("+++ ");
        boolean signature = in.startsWith("-- ") && in.length() == 3 || in.startsWith("--") && in.length() == 2;
        if (!hunks.hunks().isEmpty() && (c == '+' || c == '-' || c == ' ') && !nextFile && !signature) {
            throw new DiffParseException(
                    path,
                    in.number(),
                    "'" + in.header(0)
                            + "' follows the last hunk; the hunk header counts fewer lines than the hunk has");
        }
        boolean submodule = oldMode == FileChange.SUBMODULE_MODE || newMode == FileChange.SUBMODULE_MODE;
        FileChange file = new FileChange(oldPath, newPath, type, oldMode, newMode, binary, submodule, "", List.of());
        if (binary || submodule) {
            return file;
        }
        if (!hunks.invalidReason().isEmpty()) {
            return file.skip(hunks.invalidReason());
        }
        return new FileChange(oldPath, newPath, type, oldMode, newMode, false, false, "", hunks.hunks());
    }

    private int mode(String prefix) {
        String text = in.header(prefix.length()).trim();
        try {
            return Integer.parseInt(text, 8);
        } catch (NumberFormatException e) {
            throw new DiffParseException(newPath, in.number(), "'" + text + "' is not an octal file mode");
        }
    }
}
