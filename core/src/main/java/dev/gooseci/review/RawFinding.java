package dev.gooseci.review;

import static java.util.Objects.requireNonNull;

import dev.gooseci.diff.Side;
import dev.gooseci.report.Severity;
import java.util.Optional;

/**
 * A finding as the model returned it, before {@link FindingValidator} has placed it on a commentable line: the line
 * may be off the diff and the path may name a file outside the change. Fields as in {@link
 * dev.gooseci.report.Finding}.
 */
public record RawFinding(
        String path,
        Optional<Integer> startLine,
        Optional<Integer> line,
        Side side,
        Severity severity,
        String category,
        String title,
        String body,
        Optional<String> suggestion,
        double confidence) {

    public RawFinding {
        requireNonNull(path, "path");
        requireNonNull(startLine, "startLine");
        requireNonNull(line, "line");
        requireNonNull(side, "side");
        requireNonNull(severity, "severity");
        requireNonNull(category, "category");
        requireNonNull(title, "title");
        requireNonNull(body, "body");
        requireNonNull(suggestion, "suggestion");
    }
}
