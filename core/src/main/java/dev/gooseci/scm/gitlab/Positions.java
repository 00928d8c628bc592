package dev.gooseci.scm.gitlab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.diff.DiffIndex;
import dev.gooseci.diff.FileChange;
import dev.gooseci.diff.HunkLine;
import dev.gooseci.provider.Json;
import dev.gooseci.report.Finding;
import java.util.Optional;

/**
 * GitLab's diff position for a finding. GitLab finds the diff line from the line numbers, and which numbers it wants
 * depends on the line's type: an added line has only {@code new_line}, a removed line only {@code old_line}, and an
 * unchanged context line both. Sending the wrong set fails with {@code line_code can't be blank}, so the type comes
 * from the change's hunks, not from the finding's side alone.
 */
final class Positions {

    private Positions() {}

    /**
     * Where a finding's note goes: on its first line, so that a suggestion replaces the lines below it
     * ({@code suggestion:-0+N}); else on its last line ({@code suggestion:-N+0}) when only that one is in the diff.
     * Empty for a file-level finding and for lines no hunk shows.
     */
    static Optional<Anchor> anchor(Finding finding, DiffIndex index) {
        if (finding.line().isEmpty()) {
            return Optional.empty();
        }
        Optional<FileChange> file = index.file(finding.path());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        int first = finding.firstLine().orElseThrow();
        int last = finding.line().orElseThrow();
        Optional<HunkLine> line = index.lineAt(finding.path(), first, finding.side());
        if (line.isPresent()) {
            return Optional.of(new Anchor(file.get(), line.get(), 0, last - first));
        }
        return index.lineAt(finding.path(), last, finding.side())
                .map(at -> new Anchor(file.get(), at, last - first, 0));
    }

    /** The {@code position} object of a draft note or discussion on {@code anchor}'s line. */
    static ObjectNode position(DiffRefs refs, Anchor anchor) {
        ObjectNode position = Json.object();
        position.put("position_type", "text");
        position.put("base_sha", refs.base());
        position.put("start_sha", refs.start());
        position.put("head_sha", refs.head());
        position.put("old_path", anchor.file().oldPath());
        position.put("new_path", anchor.file().newPath());
        HunkLine line = anchor.line();
        if (line.onOldSide()) {
            position.put("old_line", line.oldLine());
        }
        if (line.onNewSide()) {
            position.put("new_line", line.newLine());
        }
        return position;
    }
}
