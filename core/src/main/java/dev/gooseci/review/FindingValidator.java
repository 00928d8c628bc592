package dev.gooseci.review;

import static java.util.Objects.requireNonNull;

import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.DiffIndex;
import dev.gooseci.diff.FileChange;
import dev.gooseci.diff.HunkLine;
import dev.gooseci.diff.Side;
import dev.gooseci.report.Finding;
import dev.gooseci.report.Fingerprint;
import dev.gooseci.report.ReviewNote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Places the model's findings where a platform can show them, then deduplicates them.
 *
 * <ul>
 *   <li>A finding on a commentable line stays there.
 *   <li>One off the diff moves to the nearest commentable line at most {@value #MAX_SNAP} lines away (the edge of
 *       the nearest hunk); a range moves with it, or shrinks to its last line when it no longer fits. A suggestion is
 *       kept only when the lines did not move, since it replaces exactly those lines.
 *   <li>Failing that, it becomes a file-level finding on its file, which every platform can show.
 *   <li>A finding on a file outside the change is dropped, with a note saying so.
 * </ul>
 *
 * Findings with one fingerprint are one finding: the most severe, then the most confident, then the first is kept.
 */
final class FindingValidator {
    /** How far a finding may move to reach a commentable line. */
    static final int MAX_SNAP = 5;

    private final DiffIndex index;

    FindingValidator(ChangeSet change) {
        this.index = DiffIndex.of(requireNonNull(change, "change"));
    }

    /** The placed, deduplicated findings, and a note for every finding dropped. */
    Validated validate(List<RawFinding> raw) {
        Map<String, Finding> kept = new LinkedHashMap<>();
        List<ReviewNote> notes = new ArrayList<>();
        for (RawFinding finding : raw) {
            Optional<Finding> placed = place(finding);
            if (placed.isEmpty()) {
                notes.add(new ReviewNote(
                        ReviewNote.Kind.DROPPED_FINDING,
                        finding.path(),
                        "'" + finding.title() + "' is on a file outside the change"));
                continue;
            }
            Finding f = placed.get();
            kept.merge(f.fingerprint(), f, FindingValidator::stronger);
        }
        return new Validated(List.copyOf(kept.values()), notes);
    }

    Optional<Finding> place(RawFinding raw) {
        String path = normalise(raw.path());
        Optional<FileChange> file = path.isEmpty() ? Optional.empty() : index.file(path);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        String shown = file.get().path();
        if (raw.line().isEmpty()) {
            return Optional.of(fileLevel(shown, raw));
        }
        int line = raw.line().get();
        OptionalInt snapped = index.nearestCommentable(shown, line, raw.side(), MAX_SNAP);
        if (snapped.isEmpty()) {
            return Optional.of(fileLevel(shown, raw));
        }
        int last = snapped.getAsInt();
        int shift = last - line;
        Optional<Integer> start = raw.startLine()
                .map(s -> s + shift)
                .filter(s -> s < last && s >= 1 && commentable(shown, s, last, raw.side()));
        boolean moved = shift != 0
                || start.isEmpty() && raw.startLine().filter(s -> s < line).isPresent();
        Optional<String> suggestion = moved ? Optional.empty() : raw.suggestion();
        String context = context(shown, start.orElse(last), last, raw.side());
        return Optional.of(new Finding(
                shown,
                start,
                Optional.of(last),
                raw.side(),
                raw.severity(),
                raw.category(),
                raw.title(),
                raw.body(),
                suggestion,
                raw.confidence(),
                Fingerprint.of(shown, raw.category(), raw.title(), context)));
    }

    private static Finding fileLevel(String path, RawFinding raw) {
        return new Finding(
                path,
                Optional.empty(),
                Optional.empty(),
                Side.RIGHT,
                raw.severity(),
                raw.category(),
                raw.title(),
                raw.body(),
                Optional.empty(),
                raw.confidence(),
                Fingerprint.of(path, raw.category(), raw.title(), ""));
    }

    private boolean commentable(String path, int first, int last, Side side) {
        for (int n = first; n <= last; n++) {
            if (!index.canComment(path, n, side)) {
                return false;
            }
        }
        return true;
    }

    /** The text of lines {@code first..last} as the hunks show them, without a CRLF file's {@code \r}. */
    private String context(String path, int first, int last, Side side) {
        List<String> lines = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            index.lineAt(path, n, side).map(HunkLine::text).ifPresent(t -> lines.add(t.replace("\r", "")));
        }
        return String.join("\n", lines);
    }

    /** Repository-relative with forward slashes, as models sometimes write {@code ./src/A.java} or {@code /src/A.java}. */
    static String normalise(String path) {
        String p = path.strip().replace('\\', '/');
        while (p.startsWith("./") || p.startsWith("/")) {
            p = p.substring(p.startsWith("./") ? 2 : 1);
        }
        return p;
    }

    private static Finding stronger(Finding a, Finding b) {
        if (a.severity() != b.severity()) {
            return a.severity().compareTo(b.severity()) >= 0 ? a : b;
        }
        return b.confidence() > a.confidence() ? b : a;
    }

    /** What validation kept, and a note per dropped finding. */
    record Validated(List<Finding> findings, List<ReviewNote> notes) {
        Validated {
            findings = List.copyOf(findings);
            notes = List.copyOf(notes);
        }
    }
}
