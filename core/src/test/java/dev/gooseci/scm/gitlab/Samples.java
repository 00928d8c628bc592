package dev.gooseci.scm.gitlab;

import dev.gooseci.diff.Side;
import dev.gooseci.provider.Cost;
import dev.gooseci.provider.Usage;
import dev.gooseci.report.Finding;
import dev.gooseci.report.Fingerprint;
import dev.gooseci.report.QualityGate;
import dev.gooseci.report.ReviewReport;
import dev.gooseci.report.ReviewRun;
import dev.gooseci.report.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The merge request of the fixtures, and findings on each kind of diff line it has. */
final class Samples {
    static final MergeRequestId MR = new MergeRequestId("7", 11);
    static final String BASE = "eeb57dffe83deb686a60a71c16c32f71046868fd";
    static final String START = "c380d3acebd181f13629a25d2e2acca46ffe1e00";
    static final String HEAD = "33e2ee8579fda5bc36accc9c6fbd0b4fefda9e30";
    static final String CACHE = "src/main/java/dev/example/Cache.java";
    static final String OLD_NAME = "src/main/java/dev/example/OldName.java";
    static final String NEW_NAME = "src/main/java/dev/example/NewName.java";

    /** New line 14, {@code log(path);}: an added line. */
    static final Finding ADDED = finding(CACHE, null, 14, Side.RIGHT, Severity.MAJOR, "Every load is logged", null);
    /** Old line 13: the removed {@code InputStream in = open(path);}. */
    static final Finding REMOVED = finding(CACHE, null, 13, Side.LEFT, Severity.MINOR, "Old stream leaked", null);
    /** New line 15, old line 14, {@code return read(in);}: an unchanged context line. */
    static final Finding CONTEXT = finding(CACHE, null, 15, Side.RIGHT, Severity.MAJOR, "Stream never closed", null);
    /** New line 3 of the renamed file: an added line. */
    static final Finding RENAMED = finding(NEW_NAME, null, 3, Side.RIGHT, Severity.MINOR, "Name hides the role", null);

    private Samples() {}

    static Finding finding(
            String path, Integer start, int line, Side side, Severity severity, String title, String suggestion) {
        return new Finding(
                path,
                Optional.ofNullable(start),
                Optional.of(line),
                side,
                severity,
                "correctness",
                title,
                "Why: " + title.toLowerCase(java.util.Locale.ROOT) + ".",
                Optional.ofNullable(suggestion),
                0.9,
                Fingerprint.of(path, "correctness", title, ""));
    }

    static ReviewReport report(Finding... findings) {
        ReviewRun run = new ReviewRun(BASE, HEAD, "ollama", "qwen3", Usage.ZERO, Cost.ZERO, Duration.ZERO);
        return new ReviewReport(List.of(findings), List.of(), run, QualityGate.NONE);
    }
}
