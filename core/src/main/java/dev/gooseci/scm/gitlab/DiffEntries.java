package dev.gooseci.scm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.diff.ChangeType;
import dev.gooseci.diff.DiffParseException;
import dev.gooseci.diff.FileChange;
import dev.gooseci.diff.UnifiedDiffParser;
import dev.gooseci.provider.Json;
import java.util.List;

/**
 * Maps one entry of {@code GET /merge_requests/:iid/diffs} to a {@link FileChange}: the paths, the type from the
 * {@code new_file}, {@code deleted_file} and {@code renamed_file} flags, git's modes from {@code a_mode} and
 * {@code b_mode}, and the hunks parsed from {@code diff}.
 */
final class DiffEntries {

    private DiffEntries() {}

    static FileChange toFileChange(JsonNode entry) {
        String oldPath = Json.text(entry, "old_path", "");
        String newPath = Json.text(entry, "new_path", oldPath);
        if (oldPath.isEmpty()) {
            oldPath = newPath;
        }
        ChangeType type = type(entry);
        if (type == ChangeType.ADDED) {
            oldPath = newPath;
        } else if (type == ChangeType.DELETED) {
            newPath = oldPath;
        }
        int oldMode = mode(entry, "a_mode");
        int newMode = mode(entry, "b_mode");
        if (oldMode == FileChange.SUBMODULE_MODE || newMode == FileChange.SUBMODULE_MODE) {
            return new FileChange(oldPath, newPath, type, oldMode, newMode, false, true, "", List.of());
        }
        FileChange parsed;
        try {
            parsed = UnifiedDiffParser.parseFilePatch(oldPath, newPath, type, withoutHeaders(diff(entry)));
        } catch (DiffParseException e) {
            return new FileChange(oldPath, newPath, type, oldMode, newMode, false, false, "", List.of())
                    .skip("GitLab's diff of this file could not be read: " + e.getMessage());
        }
        return new FileChange(
                oldPath, newPath, type, oldMode, newMode, parsed.binary(), false, parsed.skipReason(), parsed.hunks());
    }

    /**
     * Whether GitLab left this file's diff out: it says so with {@code too_large} or {@code collapsed}, and some
     * instances just send an empty diff for a large file. An empty diff is expected only for a rename without edits
     * and for a mode change.
     */
    static boolean leftOut(JsonNode entry) {
        if (entry.path("too_large").asBoolean(false) || entry.path("collapsed").asBoolean(false)) {
            return true;
        }
        int oldMode = mode(entry, "a_mode");
        int newMode = mode(entry, "b_mode");
        boolean modeChange = oldMode != 0 && newMode != 0 && oldMode != newMode;
        return diff(entry).isBlank() && type(entry) != ChangeType.RENAMED && !modeChange;
    }

    /** Why a left-out file could not be read from the checkout either. */
    static String leftOutReason(JsonNode entry, String why) {
        String size = entry.path("too_large").asBoolean(false) ? "too large" : "collapsed";
        return "GitLab left this diff out (" + size + ") and the local checkout could not give it: " + why;
    }

    static ChangeType type(JsonNode entry) {
        if (entry.path("new_file").asBoolean(false)) {
            return ChangeType.ADDED;
        }
        if (entry.path("deleted_file").asBoolean(false)) {
            return ChangeType.DELETED;
        }
        if (entry.path("renamed_file").asBoolean(false)) {
            return ChangeType.RENAMED;
        }
        return ChangeType.MODIFIED;
    }

    private static String diff(JsonNode entry) {
        return Json.text(entry, "diff", "");
    }

    /** Git's octal mode; GitLab writes {@code "100644"}, and {@code "0"} for a side that does not exist. */
    static int mode(JsonNode entry, String field) {
        String text = Json.text(entry, field, "0").strip();
        try {
            return Integer.parseInt(text.isEmpty() ? "0" : text, 8);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The patch from its first hunk: version diffs and some instances start with {@code --- a/x} and {@code +++ b/x}
     * (and, rarely, git's extended headers), which a header-less per-file patch does not have.
     */
    static String withoutHeaders(String diff) {
        String rest = diff;
        while (!rest.isEmpty() && !rest.startsWith("@@") && isHeader(rest)) {
            int end = rest.indexOf('\n');
            rest = end < 0 ? "" : rest.substring(end + 1);
        }
        return rest;
    }

    private static boolean isHeader(String text) {
        for (String prefix : new String[] {
            "--- ",
            "+++ ",
            "diff --git ",
            "index ",
            "new file mode ",
            "deleted file mode ",
            "old mode ",
            "new mode ",
            "similarity index ",
            "rename from ",
            "rename to "
        }) {
            if (text.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
