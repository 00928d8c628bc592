package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

import dev.gooseci.diff.NotReviewed.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, file by file, whether a change is reviewed, and when it is not, says why. The checks run in a fixed
 * order and the first that applies gives the reason: first what the path says ({@code .gooseignore}, lock file,
 * vendored, generated path), because those are the repository's intent and the most useful reason to show; then
 * what the content says (deleted, binary, submodule, unreadable, no changed lines, a generated marker in the first
 * lines, over the size cap).
 */
public final class FileFilter {

    private final ScopeRules rules;
    private final PathRules ignored;
    private final PathRules lockFiles;
    private final PathRules vendored;
    private final PathRules generated;

    public FileFilter(ScopeRules rules) {
        this.rules = requireNonNull(rules, "rules");
        this.ignored = new PathRules(rules.ignoreRules());
        this.lockFiles = new PathRules(rules.lockFiles());
        this.vendored = new PathRules(rules.vendoredPaths());
        this.generated = new PathRules(rules.generatedPaths());
    }

    /** Splits a change into the files to review and those left out. */
    public ReviewScope scope(ChangeSet change) {
        List<FileChange> reviewed = new ArrayList<>();
        List<NotReviewed> notReviewed = new ArrayList<>();
        for (FileChange file : requireNonNull(change, "change").files()) {
            Optional<NotReviewed> dropped = check(file);
            if (dropped.isPresent()) {
                notReviewed.add(dropped.get());
            } else {
                reviewed.add(file);
            }
        }
        return new ReviewScope(reviewed, notReviewed);
    }

    /** Why {@code file} is not reviewed, or empty when it is. */
    public Optional<NotReviewed> check(FileChange file) {
        String path = requireNonNull(file, "file").path();
        Optional<NotReviewed> byPath = byPath(path);
        return byPath.isPresent() ? byPath : byContent(file).map(r -> r.at(path));
    }

    private Optional<NotReviewed> byPath(String path) {
        Optional<String> rule = ignored.match(path);
        if (rule.isPresent()) {
            return Optional.of(new NotReviewed(path, Reason.IGNORED, "rule '" + rule.get() + "'"));
        }
        rule = lockFiles.match(path);
        if (rule.isPresent()) {
            return Optional.of(new NotReviewed(path, Reason.LOCK_FILE, "matches '" + rule.get() + "'"));
        }
        rule = vendored.match(path);
        if (rule.isPresent()) {
            return Optional.of(new NotReviewed(path, Reason.VENDORED, "matches '" + rule.get() + "'"));
        }
        rule = generated.match(path);
        return rule.map(r -> new NotReviewed(path, Reason.GENERATED, "matches '" + r + "'"));
    }

    private Optional<Drop> byContent(FileChange file) {
        if (file.type() == ChangeType.DELETED) {
            return Drop.of(Reason.DELETED, "nothing left to review");
        } else if (file.binary()) {
            return Drop.of(Reason.BINARY, "");
        } else if (file.submodule()) {
            return Drop.of(Reason.SUBMODULE, "the pointer moved; the code is in another repository");
        } else if (file.skipped().isPresent()) {
            return Drop.of(Reason.UNREADABLE, file.skipReason());
        } else if (file.hunks().isEmpty()) {
            return Drop.of(Reason.NO_CHANGED_LINES, noLines(file));
        }
        Optional<String> marker = marker(file);
        if (marker.isPresent()) {
            return Drop.of(Reason.GENERATED, marker.get());
        }
        int changed = changedLines(file);
        if (changed > rules.maxChangedLines()) {
            return Drop.of(Reason.TOO_LARGE, changed + " changed lines, over the cap of " + rules.maxChangedLines());
        }
        return Optional.empty();
    }

    private static String noLines(FileChange file) {
        if (file.type() == ChangeType.RENAMED || file.type() == ChangeType.COPIED) {
            return (file.type() == ChangeType.RENAMED ? "renamed" : "copied") + " from " + file.oldPath()
                    + " without edits";
        } else if (file.modeOnly()) {
            return "mode " + Integer.toOctalString(file.oldMode()) + " -> " + Integer.toOctalString(file.newMode());
        }
        return "empty file";
    }

    private Optional<String> marker(FileChange file) {
        for (Hunk hunk : file.hunks()) {
            if (hunk.newStart() > rules.markerLines()) {
                break;
            }
            for (HunkLine line : hunk.lines()) {
                if (line.newLine() > rules.markerLines()) {
                    break;
                }
                for (String marker : rules.generatedMarkers()) {
                    if (line.onNewSide() && line.text().contains(marker)) {
                        return Optional.of("'" + marker + "' on line " + line.newLine());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Added plus removed lines. */
    static int changedLines(FileChange file) {
        int changed = 0;
        for (Hunk hunk : file.hunks()) {
            for (HunkLine line : hunk.lines()) {
                changed += line.kind() == HunkLine.Kind.CONTEXT ? 0 : 1;
            }
        }
        return changed;
    }

    /** A reason found in the content, before the path is attached. */
    private record Drop(Reason reason, String detail) {
        static Optional<Drop> of(Reason reason, String detail) {
            return Optional.of(new Drop(reason, detail));
        }

        NotReviewed at(String path) {
            return new NotReviewed(path, reason, detail);
        }
    }
}
