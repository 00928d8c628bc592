package dev.gooseci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewReportTest {

    @Test
    void shouldOrderFindingsByPathThenLineThenSeverity() {
        // given
        List<Finding> shuffled = new ArrayList<>(SampleReport.findings());
        Collections.reverse(shuffled);

        // when
        ReviewReport report = new ReviewReport(shuffled, List.of(), SampleReport.run(), QualityGate.NONE);

        // then
        assertThat(report.findings())
                .containsExactly(
                        SampleReport.fileLevel(),
                        SampleReport.specialCharacters(),
                        SampleReport.multiLineWithSuggestion(),
                        SampleReport.security());
    }

    @Test
    void shouldCountEverySeverity() {
        assertThat(SampleReport.report().counts())
                .containsExactly(
                        entry(Severity.INFO, 0),
                        entry(Severity.MINOR, 1),
                        entry(Severity.MAJOR, 1),
                        entry(Severity.CRITICAL, 1),
                        entry(Severity.BLOCKER, 1));
    }

    @Test
    void shouldRedactFindingsAndReasons() {
        // given
        ReviewReport report = SampleReport.report();

        // when
        ReviewReport redacted = report.redacted(text -> text.replace("e", "*"));

        // then
        assertThat(redacted.findings().get(2).title()).isEqualTo("Str*am is n*v*r clos*d");
        assertThat(redacted.notReviewed().get(1).why()).isEqualTo("generated (match*s '**/g*n*rat*d/**')");
        assertThat(redacted.notReviewed().get(1).path()).isEqualTo("src/generated/Parser.java");
        assertThat(redacted.run()).isEqualTo(report.run());
    }
}
