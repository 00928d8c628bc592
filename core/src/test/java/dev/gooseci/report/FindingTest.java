package dev.gooseci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.diff.Side;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FindingTest {
    private static final String FP = Fingerprint.of("src/A.java", "tests", "t", "");

    static Stream<Arguments> invalidFindings() {
        return Stream.of(
                Arguments.of("/abs/A.java", null, 3, "x", 0.5, FP, "relative to the repository root"),
                Arguments.of("src\\A.java", null, 3, "x", 0.5, FP, "forward slashes"),
                Arguments.of("./src/A.java", null, 3, "x", 0.5, FP, "relative to the repository root"),
                Arguments.of("C:/src/A.java", null, 3, "x", 0.5, FP, "relative to the repository root"),
                Arguments.of("src/A.java", null, 0, null, 0.5, FP, "line numbers start at 1"),
                Arguments.of("src/A.java", 5, null, null, 0.5, FP, "a start line needs a line"),
                Arguments.of("src/A.java", 5, 3, null, 0.5, FP, "between 1 and the line"),
                Arguments.of("src/A.java", null, null, "x", 0.5, FP, "a file-level finding cannot have one"),
                Arguments.of("src/A.java", null, 3, null, 1.5, FP, "confidence must be between 0 and 1"),
                Arguments.of("src/A.java", null, 3, null, Double.NaN, FP, "confidence must be between 0 and 1"),
                Arguments.of("src/A.java", null, 3, null, 0.5, "abc", "hex digits from Fingerprint.of"));
    }

    @ParameterizedTest(name = "{6}")
    @MethodSource("invalidFindings")
    void shouldRejectInvalidFindingsSayingWhatToFix(
            String path,
            Integer startLine,
            Integer line,
            String suggestion,
            double confidence,
            String fingerprint,
            String message) {
        assertThatThrownBy(() -> new Finding(
                        path,
                        Optional.ofNullable(startLine),
                        Optional.ofNullable(line),
                        Side.RIGHT,
                        Severity.MAJOR,
                        "tests",
                        "title",
                        "",
                        Optional.ofNullable(suggestion),
                        confidence,
                        fingerprint))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void shouldTellFileLevelFromLineFindings() {
        Finding file = SampleReport.fileLevel();
        Finding range = SampleReport.multiLineWithSuggestion();

        assertThat(file.fileLevel()).isTrue();
        assertThat(file.firstLine()).isEmpty();
        assertThat(file.onHeadLines()).isFalse();
        assertThat(range.fileLevel()).isFalse();
        assertThat(range.firstLine()).contains(40);
        assertThat(range.onHeadLines()).isTrue();
    }

    @Test
    void shouldRewriteTitleBodyAndSuggestionOnly() {
        Finding finding = SampleReport.multiLineWithSuggestion();

        Finding rewritten = finding.withText(text -> "<" + text + ">");

        assertThat(rewritten.title()).isEqualTo("<Stream is never closed>");
        assertThat(rewritten.body()).startsWith("<`open`").endsWith("leaks.>");
        assertThat(rewritten.suggestion())
                .hasValueSatisfying(s -> assertThat(s).startsWith("<try").endsWith("}>"));
        assertThat(rewritten.path()).isEqualTo(finding.path());
        assertThat(rewritten.category()).isEqualTo(finding.category());
        assertThat(rewritten.fingerprint()).isEqualTo(finding.fingerprint());
    }
}
