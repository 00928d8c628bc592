package dev.gooseci.diff;

import java.io.IOException;
import java.util.List;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.patch.FileHeader;

/** Maps one JGit {@link DiffEntry} (with its formatted header and edits) to a {@link FileChange}. */
final class GitEntries {

    private GitEntries() {}

    static FileChange toFileChange(DiffEntry entry, FileHeader header, ContentSource.Pair contents, int context)
            throws IOException {
        ChangeType type = type(entry.getChangeType());
        String oldPath = type == ChangeType.ADDED ? entry.getNewPath() : entry.getOldPath();
        String newPath = type == ChangeType.DELETED ? entry.getOldPath() : entry.getNewPath();
        int oldMode = entry.getOldMode().getBits();
        int newMode = entry.getNewMode().getBits();
        if (type != ChangeType.ADDED
                && type != ChangeType.DELETED
                && oldMode == newMode
                && entry.getOldId().equals(entry.getNewId())) {
            // git prints no mode for a rename or copy without edits: the text cannot say it, so neither do we.
            oldMode = 0;
            newMode = 0;
        }
        boolean submodule = oldMode == FileMode.GITLINK.getBits() || newMode == FileMode.GITLINK.getBits();
        boolean binary = !submodule && header.getPatchType() != FileHeader.PatchType.UNIFIED;
        FileChange file = new FileChange(oldPath, newPath, type, oldMode, newMode, binary, submodule, "", List.of());
        EditList edits = header.toEditList();
        if (binary || submodule || edits.isEmpty()) {
            return file;
        }
        RawText a = text(contents, DiffEntry.Side.OLD, entry);
        RawText b = text(contents, DiffEntry.Side.NEW, entry);
        EditHunks hunks = new EditHunks(a, b, context);
        List<Hunk> list = hunks.hunks(edits);
        if (!hunks.invalidReason().isEmpty()) {
            return file.skip(hunks.invalidReason());
        }
        return new FileChange(oldPath, newPath, type, oldMode, newMode, false, false, "", list);
    }

    private static RawText text(ContentSource.Pair contents, DiffEntry.Side side, DiffEntry entry) throws IOException {
        if (entry.getMode(side) == FileMode.MISSING) {
            return RawText.EMPTY_TEXT;
        }
        return new RawText(contents.open(side, entry).getCachedBytes(Integer.MAX_VALUE));
    }

    private static ChangeType type(DiffEntry.ChangeType type) {
        switch (type) {
            case ADD:
                return ChangeType.ADDED;
            case DELETE:
                return ChangeType.DELETED;
            case RENAME:
                return ChangeType.RENAMED;
            case COPY:
                return ChangeType.COPIED;
            case MODIFY:
                return ChangeType.MODIFIED;
            default:
                throw new AssertionError(type);
        }
    }
}
