package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The change under review: every file that differs between base and head, in diff order. Text sources that do not
 * name the commits (a bare {@code git diff}, a per-file patch) leave the shas empty.
 */
public record ChangeSet(String baseSha, String headSha, List<FileChange> files) {

    public ChangeSet {
        requireNonNull(baseSha, "baseSha");
        requireNonNull(headSha, "headSha");
        files = List.copyOf(requireNonNull(files, "files"));
    }

    /** A change with no files, as an empty diff gives. */
    public static ChangeSet empty(String baseSha, String headSha) {
        return new ChangeSet(baseSha, headSha, List.of());
    }

    /** Whether there is nothing to review. */
    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** The same commits with these files. */
    public ChangeSet withFiles(List<FileChange> changed) {
        return new ChangeSet(baseSha, headSha, changed);
    }

    /** The same files, with the commits named. */
    public ChangeSet withShas(String base, String head) {
        return new ChangeSet(base, head, files);
    }
}
