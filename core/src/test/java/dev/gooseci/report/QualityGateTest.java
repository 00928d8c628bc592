package dev.gooseci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualityGateTest {

    /** Findings at minor, major and critical. */
    private static final List<Finding> FINDINGS =
            List.of(finding(Severity.MINOR), finding(Severity.MAJOR), finding(Severity.CRITICAL));

    @ParameterizedTest(name = "fail-on {0}: passed={1}, failing={2}")
    @CsvSource({
        "none, true, 0",
        "blocker, true, 0",
        "critical, false, 1",
        "major, false, 2",
        "minor, false, 3",
        "info, false, 3"
    })
    void shouldFailOnFindingsAtOrAboveTheThreshold(String failOn, boolean passed, long failing) {
        // given
        QualityGate gate = QualityGate.parse(failOn);

        // when / then
        assertThat(gate.passes(FINDINGS)).isEqualTo(passed);
        assertThat(gate.failing(FINDINGS)).isEqualTo(failing);
        assertThat(gate.describe()).isEqualTo(failOn);
    }

    @Test
    void shouldPassEveryReviewByDefaultAndAnyGateWithoutFindings() {
        assertThat(QualityGate.NONE.passes(FINDINGS)).isTrue();
        assertThat(QualityGate.failOn(Severity.INFO).passes(List.of())).isTrue();
    }

    @Test
    void shouldNameEveryAcceptedValueWhenTheSettingIsUnknown() {
        assertThatThrownBy(() -> QualityGate.parse("high"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown fail-on value 'high': use none or one of info, minor, major, critical, blocker");
    }

    @Test
    void shouldCarryTheGateResultInTheReport() {
        // given
        ReviewReport failing = new ReviewReport(FINDINGS, List.of(), SampleReport.run(), QualityGate.parse("MAJOR"));
        ReviewReport passing = new ReviewReport(FINDINGS, List.of(), SampleReport.run(), QualityGate.parse("blocker"));

        // then
        assertThat(failing.gatePassed()).isFalse();
        assertThat(passing.gatePassed()).isTrue();
    }

    private static Finding finding(Severity severity) {
        return SampleReport.finding(
                "src/A.java", null, 1, severity, "correctness", severity.id() + " problem", "", null, 1, "x");
    }
}
