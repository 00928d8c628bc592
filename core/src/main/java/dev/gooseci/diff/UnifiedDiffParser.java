package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses unified diff text into the model: whole {@code git diff} output (extended headers, renames, copies, modes,
 * binaries, submodules) and the header-less per-file patches of GitHub ({@code patch}) and GitLab ({@code diff}).
 *
 * <p>It works on bytes, so that a file whose lines are not valid UTF-8 is found and skipped (with the reason) instead
 * of being decoded into replacement characters and commented on wrongly. Text before the first file header (a commit
 * message from {@code git show}, for example) is ignored. Hunk line counts are checked: text that does not match its
 * hunk headers fails with a {@link DiffParseException} naming the file and the line.
 */
public final class UnifiedDiffParser {

    private UnifiedDiffParser() {}

    /** Parses {@code git diff} (or plain {@code diff -u}) output given as text. */
    public static ChangeSet parse(String diff) {
        return parse(requireNonNull(diff, "diff").getBytes(StandardCharsets.UTF_8));
    }

    /** Parses {@code git diff} (or plain {@code diff -u}) output as the raw bytes git wrote. */
    public static ChangeSet parse(byte[] diff) {
        LineCursor in = new LineCursor(requireNonNull(diff, "diff"));
        List<FileChange> files = new ArrayList<>();
        in.advance();
        while (in.loaded()) {
            if (in.startsWith("diff --git ")) {
                files.add(new GitFileReader(in).read());
            } else if (in.startsWith("diff --cc ") || in.startsWith("diff --combined ")) {
                throw new DiffParseException(
                        in.header(in.header(0).indexOf(' ', 7) + 1),
                        in.number(),
                        "combined (merge) diffs are not supported; diff the merge against one parent instead");
            } else if (in.startsWith("--- ") && in.nextStartsWith("+++ ")) {
                files.add(new GitFileReader(in).readPlain());
            } else {
                in.advance();
            }
        }
        return ChangeSet.empty("", "").withFiles(files);
    }

    /**
     * Parses one file's hunks without headers, as GitHub's {@code patch} and GitLab's {@code diff} fields hold them;
     * the paths and the change type come from the platform's API. A {@code Binary files ... differ} text gives a
     * binary file; an empty patch gives a file without hunks (a rename without edits, or a mode change).
     */
    public static FileChange parseFilePatch(String oldPath, String newPath, ChangeType type, String patch) {
        return parseFilePatch(
                oldPath, newPath, type, requireNonNull(patch, "patch").getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #parseFilePatch(String, String, ChangeType, String)}, for the patch's raw bytes. */
    public static FileChange parseFilePatch(String oldPath, String newPath, ChangeType type, byte[] patch) {
        requireNonNull(oldPath, "oldPath");
        requireNonNull(newPath, "newPath");
        requireNonNull(type, "type");
        LineCursor in = new LineCursor(requireNonNull(patch, "patch"));
        in.advance();
        String path = type == ChangeType.DELETED ? oldPath : newPath;
        if (in.startsWith("Binary files ") || in.startsWith("GIT binary patch")) {
            return new FileChange(oldPath, newPath, type, 0, 0, true, false, "", List.of());
        }
        HunkParser hunks = new HunkParser(in, path);
        if (in.loaded() && !in.startsWith("@@")) {
            throw new DiffParseException(path, in.number(), "a per-file patch must start with a @@ hunk header");
        }
        hunks.parseAll();
        while (in.loaded() && in.length() == 0) {
            in.advance();
        }
        if (in.loaded()) {
            throw new DiffParseException(
                    path,
                    in.number(),
                    "'" + in.header(0)
                            + "' follows the last hunk; the hunk header counts fewer lines than the patch has");
        }
        FileChange file = new FileChange(oldPath, newPath, type, 0, 0, false, false, "", hunks.hunks());
        return hunks.invalidReason().isEmpty() ? file : file.skip(hunks.invalidReason());
    }
}
