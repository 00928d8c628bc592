package dev.gooseci.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.diff.Side;
import dev.gooseci.provider.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeQualityReportTest {

    @Test
    void shouldWriteOneIssuePerFinding() {
        // when
        String json = new CodeQualityReport().render(SampleReport.report());

        // then
        assertThat(json).isEqualTo(Fixtures.read(getClass(), "gl-code-quality-report.json"));
    }

    @Test
    void shouldWriteTheRequiredFieldsOnlyWithRelativePaths() {
        // when
        JsonNode issues = Json.parse(new CodeQualityReport().render(SampleReport.report()), "code quality report");

        // then
        assertThat(issues.isArray()).isTrue();
        assertThat(issues).hasSize(4);
        for (JsonNode issue : issues) {
            assertThat(fields(issue))
                    .containsExactly("description", "check_name", "fingerprint", "severity", "location");
            assertThat(fields(issue.get("location"))).containsExactly("path", "lines");
            assertThat(fields(issue.get("location").get("lines"))).containsExactly("begin");
            assertThat(issue.get("location").get("path").asText()).doesNotStartWith("/");
            assertThat(issue.get("location").get("lines").get("begin").asInt()).isPositive();
            assertThat(issue.get("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
        }
    }

    @Test
    void shouldPlaceFindingsOnRemovedLinesOnLineOne() {
        // given
        Finding removed = new Finding(
                "src/A.java",
                Optional.empty(),
                Optional.of(30),
                Side.LEFT,
                Severity.INFO,
                "tests",
                "Test deleted",
                "",
                Optional.empty(),
                1,
                Fingerprint.of("src/A.java", "tests", "Test deleted", "@Test"));
        ReviewReport report = new ReviewReport(List.of(removed), List.of(), SampleReport.run(), QualityGate.NONE);

        // when
        JsonNode issues = Json.parse(new CodeQualityReport().render(report), "code quality report");

        // then
        assertThat(issues.get(0).at("/location/lines/begin").asInt()).isEqualTo(1);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
