package dev.gooseci.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.Side;
import dev.gooseci.diff.UnifiedDiffParser;
import dev.gooseci.report.Finding;
import dev.gooseci.report.Fingerprint;
import dev.gooseci.report.ReviewNote;
import dev.gooseci.report.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingValidatorTest {
    /** A.java: one hunk showing new lines 10..16 (added 13 and 14) and old lines 10..15 (removed old 13). */
    private static final String DIFF = "diff --git a/src/A.java b/src/A.java\n"
            + "index 1111111..2222222 100644\n"
            + "--- a/src/A.java\n"
            + "+++ b/src/A.java\n"
            + "@@ -10,6 +10,7 @@ class A {\n"
            + "     int a;\n"
            + "     int b;\n"
            + "     int c;\n"
            + "-    int old;\n"
            + "+    int d;\n"
            + "+    int e;\n"
            + "     int f;\n"
            + "     int g;\n"
            + "\n"
            + "diff --git a/logo.png b/logo.png\n"
            + "index 3333333..4444444 100644\n"
            + "Binary files a/logo.png and b/logo.png differ\n";

    private final FindingValidator validator = new FindingValidator(UnifiedDiffParser.parse(DIFF));

    @ParameterizedTest(name = "{0} line {1}..{2} on {3} -> {4}..{5}")
    @CsvSource(
            nullValues = "-",
            value = {
                // path, start, line, side, expected start, expected line (- = file level)
                "src/A.java,     -,  13, RIGHT, -,  13", // an added line stays
                "src/A.java,     -,  10, RIGHT, -,  10", // a context line stays
                "src/A.java,     13, 14, RIGHT, 13, 14", // a range inside the hunk stays
                "src/A.java,     -,  5,  RIGHT, -,  10", // 5 lines before the hunk: snaps to its first line
                "src/A.java,     -,  21, RIGHT, -,  16", // 5 lines after: snaps to its last line
                "src/A.java,     -,  4,  RIGHT, -,  -", // 6 lines away: file level
                "src/A.java,     -,  40, RIGHT, -,  -", // far away: file level
                "src/A.java,     19, 20, RIGHT, 15, 16", // a range after the hunk moves with its last line
                "src/A.java,     8,  12, RIGHT, -,  12", // a range starting before the hunk shrinks to its line
                "src/A.java,     -,  13, LEFT,  -,  13", // a removed line, by its old number
                "./src/A.java,   -,  13, RIGHT, -,  13", // a ./ prefix is dropped
                "/src/A.java,    -,  13, RIGHT, -,  13", // so is a leading slash
                "logo.png,       -,  3,  RIGHT, -,  -", // a binary file has no lines: file level
            })
    void shouldPlaceFindingsOnCommentableLinesOrTheirFile(
            String path, Integer start, int line, Side side, Integer wantStart, Integer wantLine) {
        // given
        RawFinding raw = raw(path, start, line, side);

        // when
        Finding placed = validator.place(raw).orElseThrow();

        // then
        assertThat(placed.path()).isEqualTo(FindingValidator.normalise(path));
        assertThat(placed.startLine()).isEqualTo(Optional.ofNullable(wantStart));
        assertThat(placed.line()).isEqualTo(Optional.ofNullable(wantLine));
    }

    @Test
    void shouldKeepTheSuggestionOnlyWhenTheLinesDidNotMove() {
        // given
        RawFinding stays = withSuggestion(raw("src/A.java", 13, 14, Side.RIGHT));
        RawFinding moves = withSuggestion(raw("src/A.java", null, 5, Side.RIGHT));

        // when
        Finding kept = validator.place(stays).orElseThrow();
        Finding moved = validator.place(moves).orElseThrow();

        // then
        assertThat(kept.suggestion()).contains("    int d2;\n    int e2;");
        assertThat(moved.suggestion()).isEmpty();
    }

    @Test
    void shouldFingerprintWithTheTextOfTheFindingsLines() {
        // when
        Finding placed = validator.place(raw("src/A.java", 13, 14, Side.RIGHT)).orElseThrow();

        // then
        assertThat(placed.fingerprint())
                .isEqualTo(Fingerprint.of("src/A.java", "correctness", "Wrong field", "int d;\nint e;"));
    }

    @Test
    void shouldDropFindingsOnFilesOutsideTheChangeWithANote() {
        // when
        FindingValidator.Validated validated = validator.validate(List.of(raw("src/Other.java", null, 3, Side.RIGHT)));

        // then
        assertThat(validated.findings()).isEmpty();
        assertThat(validated.notes())
                .containsExactly(new ReviewNote(
                        ReviewNote.Kind.DROPPED_FINDING,
                        "src/Other.java",
                        "'Wrong field' is on a file outside the change"));
    }

    @Test
    void shouldKeepOneFindingPerFingerprintTheMostSevere() {
        // given: the same problem twice, once snapped onto line 10 from line 7, and a second, distinct one
        RawFinding minor = raw("src/A.java", null, 10, Side.RIGHT);
        RawFinding major = new RawFinding(
                "src/A.java",
                Optional.empty(),
                Optional.of(7),
                Side.RIGHT,
                Severity.MAJOR,
                "correctness",
                "Wrong field",
                "again",
                Optional.empty(),
                0.4);
        RawFinding other = raw("src/A.java", null, 13, Side.RIGHT);

        // when
        List<Finding> findings =
                validator.validate(List.of(minor, major, other)).findings();

        // then
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.MAJOR);
        assertThat(findings.get(0).line()).contains(10);
        assertThat(findings.get(1).line()).contains(13);
    }

    @Test
    void shouldPlaceNothingForAnEmptyChange() {
        FindingValidator empty = new FindingValidator(ChangeSet.empty("", ""));

        assertThat(empty.validate(List.of(raw("src/A.java", null, 1, Side.RIGHT)))
                        .findings())
                .isEmpty();
    }

    private static RawFinding raw(String path, Integer start, int line, Side side) {
        return new RawFinding(
                path,
                Optional.ofNullable(start),
                Optional.of(line),
                side,
                Severity.MINOR,
                "correctness",
                "Wrong field",
                "",
                Optional.empty(),
                0.9);
    }

    private static RawFinding withSuggestion(RawFinding r) {
        return new RawFinding(
                r.path(),
                r.startLine(),
                r.line(),
                r.side(),
                r.severity(),
                r.category(),
                r.title(),
                r.body(),
                Optional.of("    int d2;\n    int e2;"),
                r.confidence());
    }
}
