package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Answers where a platform lets us comment: GitHub and GitLab accept an inline comment only on a line that a hunk
 * shows, on the new file ({@link Side#RIGHT}: added or context lines) or the old one ({@link Side#LEFT}: removed or
 * context lines). Built once per change; every question costs O(log hunks) for the file, so a diff of millions of
 * lines is indexed in linear time.
 *
 * <p>A file is found by its new path, and also by its old path when it was renamed or copied. Binary, submodule and
 * skipped files have no commentable lines.
 */
public final class DiffIndex {

    private final Map<String, FileChange> files = new HashMap<>();
    private final Map<String, FileIndex> right = new HashMap<>();
    private final Map<String, FileIndex> left = new HashMap<>();

    private DiffIndex(ChangeSet change) {
        for (FileChange file : change.files()) {
            FileIndex r = FileIndex.of(file.hunks(), Side.RIGHT);
            FileIndex l = FileIndex.of(file.hunks(), Side.LEFT);
            for (String path : new String[] {file.newPath(), file.oldPath()}) {
                if (files.putIfAbsent(path, file) == null) {
                    right.put(path, r);
                    left.put(path, l);
                }
            }
        }
    }

    public static DiffIndex of(ChangeSet change) {
        return new DiffIndex(requireNonNull(change, "change"));
    }

    /** The changed file at this path (new path, or old path of a rename or copy). */
    public Optional<FileChange> file(String path) {
        return Optional.ofNullable(files.get(requireNonNull(path, "path")));
    }

    /** Whether an inline comment may sit on this line of this side of the file. */
    public boolean canComment(String path, int line, Side side) {
        return lineAt(path, line, side).isPresent();
    }

    /**
     * The hunk line shown at this line of this side, which carries both its old and its new line number (a context
     * line has both, an added line only its new one, a removed line only its old one).
     */
    public Optional<HunkLine> lineAt(String path, int line, Side side) {
        FileIndex index = index(path, side);
        return index == null ? Optional.empty() : index.lineAt(line);
    }

    /**
     * The commentable line on this side nearest to {@code line}: the line itself when a hunk shows it, otherwise the
     * closest first or last line of a neighbouring hunk when that is at most {@code maxDistance} lines away (on a tie,
     * the earlier line). Empty when no hunk of the file is that close, or the file is not in the change.
     */
    public OptionalInt nearestCommentable(String path, int line, Side side, int maxDistance) {
        if (maxDistance < 0) {
            throw new IllegalArgumentException("maxDistance must be >= 0, got " + maxDistance);
        }
        FileIndex index = index(path, side);
        return index == null ? OptionalInt.empty() : index.nearest(line, maxDistance);
    }

    private FileIndex index(String path, Side side) {
        requireNonNull(path, "path");
        return requireNonNull(side, "side") == Side.RIGHT ? right.get(path) : left.get(path);
    }
}
