package dev.gooseci.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Which lines a platform can comment on, snapping to the nearest one, and each hunk line's two numbers. */
class DiffIndexTest {

    // Hunk 1 covers old 3..6 and new 3..7; hunk 2 covers old 20..22 and new 21..21; a pure deletion has no RIGHT line.
    private static final String DIFF = """
            diff --git a/src/A.java b/src/A.java
            index 1111111..2222222 100644
            --- a/src/A.java
            +++ b/src/A.java
            @@ -3,4 +3,5 @@
             c3
            -d4
            +D4
            +E5
             e5
             f6
            @@ -20,3 +21 @@
            -t20
             u21
            -v22
            diff --git a/old/B.txt b/new/B.txt
            similarity index 90%
            rename from old/B.txt
            rename to new/B.txt
            index 3333333..4444444 100644
            --- a/old/B.txt
            +++ b/new/B.txt
            @@ -1 +1 @@
            -b
            +B
            diff --git a/gone.txt b/gone.txt
            deleted file mode 100644
            index 5555555..0000000
            --- a/gone.txt
            +++ /dev/null
            @@ -1,2 +0,0 @@
            -x
            -y
            diff --git a/img.png b/img.png
            index 1111111..2222222 100644
            Binary files a/img.png and b/img.png differ
            """;

    private final DiffIndex index = DiffIndex.of(UnifiedDiffParser.parse(DIFF));

    @ParameterizedTest(name = "{0}:{1} {2} -> {3}")
    @CsvSource({
        "src/A.java, 2, RIGHT, false",
        "src/A.java, 3, RIGHT, true",
        "src/A.java, 4, RIGHT, true",
        "src/A.java, 7, RIGHT, true",
        "src/A.java, 8, RIGHT, false",
        "src/A.java, 21, RIGHT, true",
        "src/A.java, 22, RIGHT, false",
        "src/A.java, 3, LEFT, true",
        "src/A.java, 4, LEFT, true",
        "src/A.java, 6, LEFT, true",
        "src/A.java, 7, LEFT, false",
        "src/A.java, 20, LEFT, true",
        "src/A.java, 22, LEFT, true",
        "new/B.txt, 1, RIGHT, true",
        "old/B.txt, 1, LEFT, true",
        "gone.txt, 1, LEFT, true",
        "gone.txt, 1, RIGHT, false",
        "img.png, 1, RIGHT, false",
        "not/in/change.txt, 1, RIGHT, false",
    })
    void shouldSayWhichLinesAreCommentable(String path, int line, Side side, boolean expected) {
        assertThat(index.canComment(path, line, side)).isEqualTo(expected);
    }

    static Stream<Arguments> snaps() {
        return Stream.of(
                Arguments.of("inside a hunk: the line itself", 5, Side.RIGHT, 5, OptionalInt.of(5)),
                Arguments.of("just before a hunk: its first line", 1, Side.RIGHT, 5, OptionalInt.of(3)),
                Arguments.of("just after a hunk: its last line", 9, Side.RIGHT, 5, OptionalInt.of(7)),
                Arguments.of("between hunks: the closer one", 17, Side.RIGHT, 5, OptionalInt.of(21)),
                Arguments.of("equally far: the earlier line", 14, Side.RIGHT, 7, OptionalInt.of(7)),
                Arguments.of("too far from every hunk", 13, Side.RIGHT, 5, OptionalInt.empty()),
                Arguments.of("past the last hunk", 30, Side.RIGHT, 5, OptionalInt.empty()),
                Arguments.of("old side, after the first hunk", 8, Side.LEFT, 5, OptionalInt.of(6)),
                Arguments.of("old side, before the second hunk", 18, Side.LEFT, 5, OptionalInt.of(20)),
                Arguments.of("distance 0 only when inside", 8, Side.RIGHT, 0, OptionalInt.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snaps")
    void shouldSnapToTheNearestCommentableLine(
            String name, int line, Side side, int maxDistance, OptionalInt expected) {
        assertThat(index.nearestCommentable("src/A.java", line, side, maxDistance))
                .isEqualTo(expected);
    }

    @Test
    void shouldFindNoNearestLineInAFileWithoutHunks() {
        assertThat(index.nearestCommentable("img.png", 1, Side.RIGHT, 100)).isEmpty();
        assertThat(index.nearestCommentable("gone.txt", 1, Side.RIGHT, 100)).isEmpty();
        assertThat(index.nearestCommentable("nope", 1, Side.RIGHT, 100)).isEmpty();
    }

    @ParameterizedTest(name = "{1} {0} is {2}")
    @CsvSource({
        "3, RIGHT, C3/3 c3",
        "4, RIGHT, A4 D4",
        "5, RIGHT, A5 E5",
        "6, RIGHT, C5/6 e5",
        "7, RIGHT, C6/7 f6",
        "21, RIGHT, C21/21 u21",
        "4, LEFT, R4 d4",
        "5, LEFT, C5/6 e5",
        "20, LEFT, R20 t20",
        "21, LEFT, C21/21 u21",
        "22, LEFT, R22 v22",
    })
    void shouldGiveEachHunkLineItsOldAndNewNumbers(int line, Side side, String expected) {
        assertThat(index.lineAt("src/A.java", line, side)).map(Describe::line).hasValue(expected);
    }

    @Test
    void shouldFindARenamedFileByEitherPath() {
        assertThat(index.file("old/B.txt")).isEqualTo(index.file("new/B.txt")).isPresent();
        assertThat(index.file("img.png"))
                .hasValueSatisfying(f -> assertThat(f.binary()).isTrue());
    }
}
