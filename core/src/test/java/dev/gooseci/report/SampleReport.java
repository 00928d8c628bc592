package dev.gooseci.report;

import dev.gooseci.diff.NotReviewed;
import dev.gooseci.diff.Side;
import dev.gooseci.provider.Cost;
import dev.gooseci.provider.Usage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The small report every writer's fixture is rendered from: a file-level finding, a multi-line finding with a
 * suggestion, a security finding, and one whose text holds {@code | < & "} quotes and a line break.
 */
final class SampleReport {
    static final String CACHE = "src/main/java/dev/example/Cache.java";
    static final String DAO = "src/main/java/dev/example/UserDao.java";

    private SampleReport() {}

    static Finding fileLevel() {
        return finding(
                "pom.xml",
                null,
                null,
                Severity.MINOR,
                "tests",
                "No test covers the new `retry` setting",
                "Add a test that sets `retry` to 0 and to 3.",
                null,
                0.6,
                "");
    }

    static Finding multiLineWithSuggestion() {
        return finding(
                CACHE,
                40,
                42,
                Severity.MAJOR,
                "resource-leak",
                "Stream is never closed",
                "`open` returns a stream that is read and then dropped; the file handle leaks.",
                "try (InputStream in = open(path)) {\n    return read(in);\n}",
                0.9,
                "InputStream in = open(path);\nreturn read(in);\n}");
    }

    static Finding security() {
        return finding(
                DAO,
                null,
                17,
                Severity.CRITICAL,
                "security",
                "SQL built by string concatenation",
                "`name` comes from the request, so this is open to SQL injection. Use a prepared statement.",
                null,
                0.95,
                "String sql = \"SELECT * FROM users WHERE name = '\" + name + \"'\";");
    }

    static Finding specialCharacters() {
        return finding(
                CACHE,
                null,
                12,
                Severity.BLOCKER,
                "correctness",
                "Check \"size | limit\" < 0 && 'evict' is <never> true\nwhen the cache is full",
                "First line: a | b & c < d > e.\nSecond line with \"quotes\" and 'apostrophes'.",
                null,
                0.8,
                "if ((size | limit) < 0 && evict) {");
    }

    static List<Finding> findings() {
        return List.of(fileLevel(), multiLineWithSuggestion(), security(), specialCharacters());
    }

    static ReviewReport report() {
        return new ReviewReport(findings(), notReviewed(), run(), QualityGate.failOn(Severity.MAJOR));
    }

    static List<NotReviewed> notReviewed() {
        return List.of(
                new NotReviewed("assets/logo.png", NotReviewed.Reason.BINARY, ""),
                new NotReviewed(
                        "src/generated/Parser.java", NotReviewed.Reason.GENERATED, "matches '**/generated/**'"));
    }

    static ReviewRun run() {
        return new ReviewRun(
                "1111111111111111111111111111111111111111",
                "2222222222222222222222222222222222222222",
                "anthropic",
                "claude-sonnet-4-5",
                new Usage(12000, 800, 3000, 500),
                Cost.of(new BigDecimal("0.0421")),
                Duration.ofMillis(83_400));
    }

    /** Reports with a fixed tool version, so that fixtures do not change with each release. */
    static Reports reports() {
        return Reports.redacting(text -> text)
                .withToolVersion("1.2.3")
                .withInformationUri("https://example.org/goose-ci");
    }

    /** A finding whose fingerprint is computed from its fields and {@code context}, as the review flow does. */
    static Finding finding(
            String path,
            Integer startLine,
            Integer line,
            Severity severity,
            String category,
            String title,
            String body,
            String suggestion,
            double confidence,
            String context) {
        return new Finding(
                path,
                Optional.ofNullable(startLine),
                Optional.ofNullable(line),
                Side.RIGHT,
                severity,
                category,
                title,
                body,
                Optional.ofNullable(suggestion),
                confidence,
                Fingerprint.of(path, category, title, context));
    }
}
