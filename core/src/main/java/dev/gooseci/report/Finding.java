package dev.gooseci.report;

import static java.util.Objects.requireNonNull;

import dev.gooseci.diff.Side;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One problem the review found, as every report format and the review flow see it.
 *
 * @param path the file, relative to the repository root, with forward slashes
 * @param startLine the first line of a multi-line finding; empty for a single line or a whole file
 * @param line the (last) line the finding points at, counted in {@code side}'s version of the file; empty for a
 *     file-level finding
 * @param side which version of the file the lines count in
 * @param severity how bad it is
 * @param category the rubric category ({@code correctness}, {@code security}, {@code concurrency},
 *     {@code resource-leak}, {@code api-misuse}, {@code tests}) or a custom check's name
 * @param title one line that names the problem
 * @param body the explanation, Markdown; may be empty
 * @param suggestion replacement text for lines {@code startLine..line}; only for a finding on lines
 * @param confidence how sure the reviewer is, from 0 to 1
 * @param fingerprint the finding's identity across runs, from {@link Fingerprint#of}
 */
public record Finding(
        String path,
        Optional<Integer> startLine,
        Optional<Integer> line,
        Side side,
        Severity severity,
        String category,
        String title,
        String body,
        Optional<String> suggestion,
        double confidence,
        String fingerprint) {

    public Finding {
        requireNonNull(path, "path");
        requireNonNull(startLine, "startLine");
        requireNonNull(line, "line");
        requireNonNull(side, "side");
        requireNonNull(severity, "severity");
        requireNonNull(category, "category");
        requireNonNull(title, "title");
        requireNonNull(body, "body");
        requireNonNull(suggestion, "suggestion");
        requireNonNull(fingerprint, "fingerprint");
        checkPath(path);
        checkLines(path, startLine, line);
        if (category.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("a finding needs a category and a title (" + path + ")");
        }
        if (suggestion.isPresent() && line.isEmpty()) {
            throw new IllegalArgumentException("a suggestion replaces lines, so a file-level finding cannot have one ("
                    + path + ": " + title + ")");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
        if (!Fingerprint.isValid(fingerprint)) {
            throw new IllegalArgumentException("fingerprint must be " + Fingerprint.LENGTH
                    + " lower-case hex digits from Fingerprint.of, was '" + fingerprint + "'");
        }
    }

    /** The first line the finding points at: {@code startLine}, else {@code line}; empty for a file-level finding. */
    public Optional<Integer> firstLine() {
        return startLine.isPresent() ? startLine : line;
    }

    /** Whether the finding is about the whole file rather than some lines of it. */
    public boolean fileLevel() {
        return line.isEmpty();
    }

    /** Whether the finding sits on lines of the head version, the only lines the report files can point at. */
    public boolean onHeadLines() {
        return line.isPresent() && side == Side.RIGHT;
    }

    /** This finding with {@code rewrite} applied to its title, body and suggestion, as a redactor does. */
    public Finding withText(UnaryOperator<String> rewrite) {
        return new Finding(
                path,
                startLine,
                line,
                side,
                severity,
                category,
                rewrite.apply(title),
                rewrite.apply(body),
                suggestion.map(rewrite),
                confidence,
                fingerprint);
    }

    private static void checkPath(String path) {
        if (path.isBlank()
                || path.startsWith("/")
                || path.contains("\\")
                || path.startsWith("./")
                || path.matches("[A-Za-z]:.*")) {
            throw new IllegalArgumentException("a finding's path must be relative to the repository root with forward"
                    + " slashes, like src/main/java/App.java, was '" + path + "'");
        }
    }

    private static void checkLines(String path, Optional<Integer> startLine, Optional<Integer> line) {
        if (line.isPresent() && line.get() < 1) {
            throw new IllegalArgumentException("line numbers start at 1, was " + line.get() + " (" + path + ")");
        }
        if (startLine.isPresent()) {
            if (line.isEmpty()) {
                throw new IllegalArgumentException("a start line needs a line to end at (" + path + ")");
            }
            if (startLine.get() < 1 || startLine.get() > line.get()) {
                throw new IllegalArgumentException("the start line must be between 1 and the line, was "
                        + startLine.get() + ".." + line.get() + " (" + path + ")");
            }
        }
    }
}
