package dev.gooseci.scm.gitlab;

import static java.util.Objects.requireNonNull;

import dev.gooseci.diff.FileChange;
import dev.gooseci.diff.HunkLine;

/**
 * The diff line an inline note sits on, and how many lines of the finding lie above and below it: a GitLab suggestion
 * replaces {@code linesAbove} lines above the note's line and {@code linesBelow} below it.
 */
record Anchor(FileChange file, HunkLine line, int linesAbove, int linesBelow) {

    Anchor {
        requireNonNull(file, "file");
        requireNonNull(line, "line");
        if (linesAbove < 0 || linesBelow < 0) {
            throw new IllegalArgumentException("an anchor's line counts cannot be negative");
        }
    }
}
