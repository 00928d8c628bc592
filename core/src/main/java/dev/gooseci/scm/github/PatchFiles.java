package dev.gooseci.scm.github;

import dev.gooseci.diff.ChangeType;
import dev.gooseci.diff.DiffParseException;
import dev.gooseci.diff.FileChange;
import dev.gooseci.diff.UnifiedDiffParser;
import java.util.Locale;
import java.util.Optional;
import org.kohsuke.github.GHPullRequestFileDetail;

/**
 * One entry of GitHub's files API as a {@link FileChange}, from its {@code patch}. Empty when the patch is missing
 * (GitHub leaves it out of large and binary files) or unreadable: then the local diff must supply the file.
 */
final class PatchFiles {
    private PatchFiles() {}

    static Optional<FileChange> fromPatch(GHPullRequestFileDetail file) {
        ChangeType type = type(file.getStatus());
        String newPath = file.getFilename();
        String oldPath = type == ChangeType.RENAMED || type == ChangeType.COPIED
                ? Optional.ofNullable(file.getPreviousFilename()).orElse(newPath)
                : newPath;
        String patch = file.getPatch();
        if (patch == null) {
            // A pure rename (or a mode change) has no patch and nothing to read: it is complete as it is.
            return file.getChanges() == 0 && type != ChangeType.ADDED && type != ChangeType.DELETED
                    ? Optional.of(UnifiedDiffParser.parseFilePatch(oldPath, newPath, type, ""))
                    : Optional.empty();
        }
        try {
            return Optional.of(UnifiedDiffParser.parseFilePatch(oldPath, newPath, type, patch));
        } catch (DiffParseException unreadable) {
            return Optional.empty();
        }
    }

    static String path(GHPullRequestFileDetail file) {
        return file.getFilename();
    }

    /** GitHub's {@code status}: added, removed, modified, renamed, copied, changed, unchanged. */
    static ChangeType type(String status) {
        switch (status == null ? "" : status.toLowerCase(Locale.ROOT)) {
            case "added":
                return ChangeType.ADDED;
            case "removed":
                return ChangeType.DELETED;
            case "renamed":
                return ChangeType.RENAMED;
            case "copied":
                return ChangeType.COPIED;
            default:
                return ChangeType.MODIFIED;
        }
    }
}
