package dev.gooseci.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SarifReportTest {
    private final SarifReport writer = new SarifReport(
            new ToolInfo("goose-ci", "1.2.3", Optional.of("https://example.org/goose-ci")), "goose-ci/review/");

    @Test
    void shouldWriteRulesResultsFingerprintsAndAutomationDetails() {
        // when
        String sarif = writer.render(SampleReport.report());

        // then
        assertThat(sarif).isEqualTo(Fixtures.read(getClass(), "goose.sarif"));
    }

    @Test
    void shouldBeValidAgainstTheOfficialSarifSchema() {
        // when
        String sarif = writer.render(SampleReport.report());

        // then
        assertThat(SarifSchema.violations(sarif)).isEmpty();
    }

    @Test
    void shouldCatchAnInvalidLogWithTheSchema() {
        // given: the schema check itself must be able to fail
        String sarif = writer.render(SampleReport.report()).replace("\"startLine\": 12", "\"startLine\": 0");

        // when
        List<String> violations = SarifSchema.violations(sarif);

        // then
        assertThat(violations).isNotEmpty().anyMatch(v -> v.contains("startLine"));
    }

    @Test
    void shouldStaySchemaValidForAnEmptyReportAndAPathThatNeedsEncoding() {
        // given
        Finding spaced = SampleReport.finding(
                "docs/read me [draft].md", null, 2, Severity.INFO, "my check", "Typo", "", null, 0.3, "teh");
        ReviewReport report = new ReviewReport(List.of(spaced), List.of(), SampleReport.run(), QualityGate.NONE);
        ReviewReport empty = new ReviewReport(List.of(), List.of(), SampleReport.run(), QualityGate.NONE);

        // when
        String sarif = writer.render(report);

        // then
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        assertThat(SarifSchema.violations(writer.render(empty))).isEmpty();
        JsonNode result = Json.parse(sarif, "SARIF").at("/runs/0/results/0");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .isEqualTo("docs/read%20me%20%5Bdraft%5D.md");
        assertThat(result.at("/ruleId").asText()).isEqualTo("my check");
    }

    @Test
    void shouldScoreSecurityRulesByTheirWorstFindingAndTagThem() {
        // when
        JsonNode rules =
                Json.parse(writer.render(SampleReport.report()), "SARIF").at("/runs/0/tool/driver/rules");

        // then
        JsonNode security = rules.get(2);
        assertThat(security.get("id").asText()).isEqualTo("security");
        assertThat(security.at("/properties/security-severity").asText()).isEqualTo("9.0");
        assertThat(security.at("/properties/tags/0").asText()).isEqualTo("security");
        assertThat(rules.get(0).has("properties")).isFalse();
    }

    @Test
    void shouldPointResultsAtTheirRuleByIndex() {
        // when
        JsonNode run = Json.parse(writer.render(SampleReport.report()), "SARIF").at("/runs/0");

        // then
        for (JsonNode result : run.get("results")) {
            int index = result.get("ruleIndex").asInt();
            assertThat(run.at("/tool/driver/rules/" + index + "/id").asText())
                    .isEqualTo(result.get("ruleId").asText());
        }
    }
}
