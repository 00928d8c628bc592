package dev.gooseci.tool.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Repository;

/**
 * Formats diff entries as unified diff text, file by file, and stops at a character cap. What was cut is named by
 * path, so the model can ask for those files alone.
 */
final class DiffText {
    private static final int FILES_NAMED = 50;

    private DiffText() {}

    /** A formatter that detects renames and writes to {@code out}; the caller scans and closes it. */
    static DiffFormatter formatter(Repository repository, ByteArrayOutputStream out, int context) {
        DiffFormatter formatter = new DiffFormatter(out);
        formatter.setRepository(repository);
        formatter.setDetectRenames(true);
        formatter.setContext(context);
        return formatter;
    }

    static String render(DiffFormatter formatter, ByteArrayOutputStream out, List<DiffEntry> entries, int maxChars)
            throws IOException {
        for (int i = 0; i < entries.size(); i++) {
            formatter.format(entries.get(i));
            formatter.flush();
            if (out.size() > maxChars) {
                String text = out.toString(StandardCharsets.UTF_8);
                String kept = text.substring(0, Math.min(text.length(), maxChars));
                int lastLine = kept.lastIndexOf('\n');
                kept = lastLine > 0 ? kept.substring(0, lastLine + 1) : kept;
                List<DiffEntry> rest = entries.subList(i, entries.size());
                String names =
                        rest.stream().limit(FILES_NAMED).map(DiffText::path).collect(Collectors.joining(", "));
                return kept + "[diff cut at " + maxChars + " characters; " + rest.size() + " of " + entries.size()
                        + " files not shown in full: " + names + (rest.size() > FILES_NAMED ? ", ..." : "")
                        + ". Pass 'path' to see one file or directory.]\n";
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static String path(DiffEntry entry) {
        return entry.getChangeType() == DiffEntry.ChangeType.DELETE ? entry.getOldPath() : entry.getNewPath();
    }
}
