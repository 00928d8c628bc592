package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One file of a change.
 *
 * <p>Both paths are always set: for an added or deleted file they name the same file. Modes are git's octal file
 * modes ({@code 0100644}, {@code 0100755}, {@code 0120000} symlink, {@code 0160000} submodule); 0 means the file does
 * not exist on that side, or the diff did not state the mode (a per-file patch, or a rename or copy with neither a
 * content nor a mode change, where git prints no mode). A binary file, a submodule and a skipped file have no hunks:
 * their lines are not text we can comment on.
 *
 * @param skipReason why the file's lines were left out (for example not valid UTF-8); empty when they were not
 */
public record FileChange(
        String oldPath,
        String newPath,
        ChangeType type,
        int oldMode,
        int newMode,
        boolean binary,
        boolean submodule,
        String skipReason,
        List<Hunk> hunks) {

    /** Git's mode for a submodule (a gitlink). */
    public static final int SUBMODULE_MODE = 0160000;

    public FileChange {
        requireNonNull(oldPath, "oldPath");
        requireNonNull(newPath, "newPath");
        requireNonNull(type, "type");
        requireNonNull(skipReason, "skipReason");
        hunks = List.copyOf(requireNonNull(hunks, "hunks"));
        if ((type == ChangeType.ADDED || type == ChangeType.DELETED) && !oldPath.equals(newPath)) {
            throw new IllegalArgumentException(
                    "an " + type + " file has one path, got old '" + oldPath + "' and new '" + newPath + "'");
        }
        if ((binary || submodule || !skipReason.isEmpty()) && !hunks.isEmpty()) {
            throw new IllegalArgumentException(newPath + ": a binary, submodule or skipped file has no hunks");
        }
    }

    /** The path a reviewer names the file by: the new path, or the old one for a deleted file. */
    public String path() {
        return type == ChangeType.DELETED ? oldPath : newPath;
    }

    /** Why the file's lines were left out, when they were. */
    public Optional<String> skipped() {
        return skipReason.isEmpty() ? Optional.empty() : Optional.of(skipReason);
    }

    /** Whether only the file mode changed (for example the executable bit). */
    public boolean modeOnly() {
        return hunks.isEmpty() && !binary && oldMode != 0 && newMode != 0 && oldMode != newMode;
    }

    /** This file with its lines left out, saying why. */
    public FileChange skip(String reason) {
        return new FileChange(oldPath, newPath, type, oldMode, newMode, binary, submodule, reason, List.of());
    }
}
