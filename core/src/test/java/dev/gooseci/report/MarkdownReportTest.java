package dev.gooseci.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.diff.Side;
import dev.gooseci.provider.Cost;
import dev.gooseci.provider.Usage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void shouldWriteCountsFindingsNotReviewedAndRunWithRelativeLinks() {
        // given
        ReviewReport report = SampleReport.report();

        // when
        String markdown = new MarkdownReport(Optional.empty()).render(report);

        // then
        assertThat(markdown).isEqualTo(Fixtures.read(getClass(), "report.md"));
    }

    @Test
    void shouldLinkToLinesWhenGivenALinkBase() {
        // given
        MarkdownReport writer =
                new MarkdownReport(Optional.of("https://github.com/o/r/blob/2222222222222222222222222222222222222222"));

        // when
        String markdown = writer.render(SampleReport.report());

        // then
        assertThat(markdown).isEqualTo(Fixtures.read(getClass(), "report-with-link-base.md"));
    }

    @Test
    void shouldEscapeTableCellsSoThatTheyCannotBreakTheTable() {
        // given
        String title = "a | b < c & d\r\ne > f";

        // when
        String cell = MarkdownText.cell(title);

        // then
        assertThat(cell).isEqualTo("a \\| b &lt; c &amp; d<br>e &gt; f").doesNotContain("\n", "\r");
    }

    @Test
    void shouldMarkFindingsOnRemovedLinesAndLinkThemToTheFileOnly() {
        // given
        Finding removed = new Finding(
                "src/Old Name.java",
                Optional.empty(),
                Optional.of(7),
                Side.LEFT,
                Severity.MAJOR,
                "correctness",
                "Removed guard",
                "",
                Optional.empty(),
                0.5,
                Fingerprint.of("src/Old Name.java", "correctness", "Removed guard", "if (x) {"));
        ReviewReport report = new ReviewReport(List.of(removed), List.of(), SampleReport.run(), QualityGate.NONE);

        // when
        String markdown = new MarkdownReport(Optional.of("https://example.org/blob/abc/")).render(report);

        // then
        assertThat(markdown)
                .contains(
                        "| 1 | major | [src/Old Name.java:7 (removed)](https://example.org/blob/abc/src/Old%20Name.java) |")
                .contains("Quality gate: not set (fail-on: none).")
                .contains("Every changed file was reviewed.");
    }

    @Test
    void shouldSayNoFindingsAndUnknownCost() {
        // given
        ReviewRun run = new ReviewRun("", "abc", "ollama", "qwen3", Usage.ZERO, Cost.UNKNOWN, Duration.ofMillis(1500));
        ReviewReport report = new ReviewReport(List.of(), List.of(), run, QualityGate.failOn(Severity.MAJOR));

        // when
        String markdown = new MarkdownReport(Optional.empty()).render(report);

        // then
        assertThat(markdown)
                .contains("0 findings.")
                .contains("No findings.")
                .contains("Quality gate: **passed** (fail-on: major).")
                .contains("- Commits: unknown → `abc`")
                .contains("- Cost: unknown")
                .contains("- Time: 1.5 s");
    }

    @Test
    void shouldFenceSuggestionsLongerThanTheirOwnBackticks() {
        // given
        String code = "String s = \"```\";";

        // when
        String fence = MarkdownText.fence(code);

        // then
        assertThat(fence).isEqualTo("````");
    }
}
