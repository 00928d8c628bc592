package dev.gooseci.diff;

import java.util.ArrayList;
import java.util.List;

/** Renders files as short lines so that parser tables can state the whole expected model. */
final class Describe {

    private Describe() {}

    /**
     * One line per file ({@code TYPE old -> new modes flags}), then one per hunk header and one per hunk line: {@code
     * C3/4 text}, {@code R3 text}, {@code A4 text}; {@code $} marks a line without a newline at the end.
     */
    static List<String> files(ChangeSet change) {
        List<String> out = new ArrayList<>();
        for (FileChange file : change.files()) {
            out.add(file(file));
            for (Hunk hunk : file.hunks()) {
                out.add(hunk.header() + (hunk.section().isEmpty() ? "" : " " + hunk.section()));
                for (HunkLine line : hunk.lines()) {
                    out.add(line(line));
                }
            }
        }
        return out;
    }

    static String file(FileChange file) {
        StringBuilder s = new StringBuilder()
                .append(file.type())
                .append(' ')
                .append(file.oldPath())
                .append(" -> ")
                .append(file.newPath())
                .append(' ')
                .append(Integer.toOctalString(file.oldMode()))
                .append('/')
                .append(Integer.toOctalString(file.newMode()));
        if (file.binary()) {
            s.append(" binary");
        }
        if (file.submodule()) {
            s.append(" submodule");
        }
        file.skipped().ifPresent(reason -> s.append(" skipped: ").append(reason));
        return s.toString();
    }

    static String line(HunkLine line) {
        String where;
        if (line.kind() == HunkLine.Kind.CONTEXT) {
            where = "C" + line.oldLine() + "/" + line.newLine();
        } else if (line.kind() == HunkLine.Kind.ADDED) {
            where = "A" + line.newLine();
        } else {
            where = "R" + line.oldLine();
        }
        return where + " " + line.text().replace("\r", "\\r") + (line.noNewlineAtEnd() ? "$" : "");
    }
}
