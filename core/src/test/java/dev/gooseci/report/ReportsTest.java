package dev.gooseci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.policy.SecretRedactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
    /** Shaped like an Anthropic key, so that the known-format redactor masks it. */
    private static final String KEY = "sk-ant-api03-" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6";

    @TempDir
    Path dir;

    @Test
    void shouldWriteEveryRequestedFormatIntoTheDirectory() throws IOException {
        // given
        Path out = dir.resolve("target/goose");

        // when
        List<Path> written = SampleReport.reports().write(SampleReport.report(), out, EnumSet.allOf(Format.class));

        // then
        assertThat(written)
                .containsExactly(
                        out.resolve("report.md"),
                        out.resolve("goose.sarif"),
                        out.resolve("gl-code-quality-report.json"),
                        out.resolve("checkstyle-result.xml"),
                        out.resolve("goose-review.json"));
        assertThat(Files.readString(out.resolve("goose.sarif")))
                .isEqualTo(Fixtures.read(SarifReportTest.class, "goose.sarif"));
        assertThat(Files.readString(out.resolve("report.md")))
                .isEqualTo(Fixtures.read(MarkdownReportTest.class, "report.md"));
    }

    @Test
    void shouldWriteOnlyTheChosenFormats() throws IOException {
        // when
        List<Path> written =
                SampleReport.reports().write(SampleReport.report(), dir, Format.parseList("json,checkstyle"));

        // then
        assertThat(written).containsExactly(dir.resolve("checkstyle-result.xml"), dir.resolve("goose-review.json"));
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void shouldRedactTitlesBodiesAndSuggestionsInEveryFormat() throws IOException {
        // given
        Finding leaky = SampleReport.finding(
                "src/Config.java",
                4,
                5,
                Severity.CRITICAL,
                "security",
                "Hard-coded key " + KEY,
                "The key `" + KEY + "` is committed.",
                "String key = System.getenv(\"KEY\"); // was " + KEY,
                1,
                "String key = \"" + KEY + "\";");
        ReviewReport report = new ReviewReport(List.of(leaky), List.of(), SampleReport.run(), QualityGate.NONE);
        SecretRedactor redactor = SecretRedactor.knownFormats();

        // when
        List<Path> written = Reports.redacting(redactor::redact).write(report, dir, EnumSet.allOf(Format.class));

        // then
        for (Path file : written) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text)
                    .as(file.getFileName().toString())
                    .doesNotContain(KEY)
                    .contains("[REDACTED:anthropic-key]");
        }
    }

    @Test
    void shouldRejectAnEmptySetOfFormats() {
        assertThatThrownBy(() -> SampleReport.reports().write(SampleReport.report(), dir, Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no report format given");
    }

    @Test
    void shouldUseTheChosenAutomationId() {
        String sarif = SampleReport.reports()
                .withAutomationId("goose-ci/security/")
                .render(SampleReport.report(), Format.SARIF);

        assertThat(sarif).contains("\"id\": \"goose-ci/security/\"");
    }
}
