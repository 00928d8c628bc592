package dev.gooseci.scm.github;

import dev.gooseci.diff.Side;
import dev.gooseci.provider.Cost;
import dev.gooseci.provider.Usage;
import dev.gooseci.report.Finding;
import dev.gooseci.report.Fingerprint;
import dev.gooseci.report.QualityGate;
import dev.gooseci.report.ReviewReport;
import dev.gooseci.report.ReviewRun;
import dev.gooseci.report.Severity;
import dev.gooseci.scm.ChangeRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Findings, reports and the pull request the GitHub tests publish to. */
final class TestReports {
    static final String BASE = "c4b41922197a1d595bff30e89bb8540013ee4fd3";
    static final String HEAD = "07374fe73aff1c2024a8d4114b32406c7a8e89b7";

    private TestReports() {}

    static ChangeRequest pullRequest() {
        return new ChangeRequest(
                7,
                "Add retries",
                "",
                "octocat",
                BASE,
                Optional.empty(),
                HEAD,
                "main",
                "feature",
                false,
                "https://github.com/octo-org/app/pull/7");
    }

    static Finding onLine(String path, int line, String title) {
        return finding(path, Optional.empty(), Optional.of(line), Side.RIGHT, title, Optional.empty());
    }

    static Finding finding(
            String path,
            Optional<Integer> start,
            Optional<Integer> line,
            Side side,
            String title,
            Optional<String> suggestion) {
        return new Finding(
                path,
                start,
                line,
                side,
                Severity.MAJOR,
                "correctness",
                title,
                "Explain " + title + ".",
                suggestion,
                0.9,
                Fingerprint.of(path, "correctness", title, ""));
    }

    static Finding atFile(String path, String title) {
        return finding(path, Optional.empty(), Optional.empty(), Side.RIGHT, title, Optional.empty());
    }

    static ReviewReport report(List<Finding> findings) {
        return report(findings, QualityGate.NONE);
    }

    static ReviewReport report(List<Finding> findings, QualityGate gate) {
        return new ReviewReport(
                findings,
                List.of(),
                new ReviewRun(
                        BASE, HEAD, "replay", "scripted", Usage.of(1200, 300), Cost.UNKNOWN, Duration.ofSeconds(4)),
                gate);
    }
}
