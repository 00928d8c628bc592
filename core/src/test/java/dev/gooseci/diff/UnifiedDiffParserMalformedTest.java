package dev.gooseci.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Text that breaks the format fails with the file and line; text that is not UTF-8 is skipped with the reason. */
class UnifiedDiffParserMalformedTest {

    private static final String HEAD =
            "diff --git a/f.txt b/f.txt\nindex 1111111..2222222 100644\n" + "--- a/f.txt\n+++ b/f.txt\n";

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(
                        "fewer lines than counted, then the end",
                        HEAD + "@@ -1,3 +1,3 @@\n a\n-b\n+c\n",
                        9,
                        "still expects 1 old and 1 new lines, but found the end of the diff"),
                Arguments.of(
                        "fewer lines than counted, then the next file",
                        HEAD + "@@ -1,2 +1,2 @@\n a\n-b\ndiff --git a/g b/g\n",
                        8,
                        "but found 'diff --git a/g b/g'"),
                Arguments.of(
                        "more lines than counted", HEAD + "@@ -1 +1 @@\n-a\n+b\n+c\n", 8, "'+c' follows the last hunk"),
                Arguments.of(
                        "more removed lines than counted",
                        HEAD + "@@ -1 +1,2 @@\n-a\n-b\n+c\n+d\n",
                        7,
                        "still expects 0 old and 2 new lines, but found '-b'"),
                Arguments.of(
                        "a broken hunk header",
                        HEAD + "@@ -1,x +1 @@\n-a\n",
                        5,
                        "'@@ -1,x +1 @@' is not a hunk header"),
                Arguments.of(
                        "a marker with no line before it",
                        HEAD + "@@ -1 +1 @@\n\\ No newline at end of file\n",
                        6,
                        "must follow a line of the hunk at line 5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void shouldNameTheFileAndLineOfMalformedText(String name, String diff, int line, String problem) {
        assertThatThrownBy(() -> UnifiedDiffParser.parse(diff))
                .isInstanceOf(DiffParseException.class)
                .hasMessageContaining("'f.txt' at line " + line + " ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((DiffParseException) e).line()).isEqualTo(line));
    }

    @Test
    void shouldRefuseCombinedMergeDiffs() {
        assertThatThrownBy(() -> UnifiedDiffParser.parse("diff --cc m.txt\nindex 1,2..3\n"))
                .isInstanceOf(DiffParseException.class)
                .hasMessageContaining("'m.txt' at line 1")
                .hasMessageContaining("combined (merge) diffs are not supported");
    }

    @Test
    void shouldSkipAFileThatIsNotUtf8AndKeepTheOthers() {
        // given a Latin-1 file (0xE9 is 'é' there, and no valid UTF-8) between two UTF-8 files
        ByteArrayOutputStream diff = new ByteArrayOutputStream();
        write(diff, HEAD.replace("f.txt", "a.txt") + "@@ -1 +1 @@\n-caf\u00e9\n+caf\u00e9s\n", StandardCharsets.UTF_8);
        write(
                diff,
                HEAD.replace("f.txt", "latin.txt") + "@@ -1,2 +1,2 @@\n ok\n-caf\u00e9\n+cafe\n",
                StandardCharsets.ISO_8859_1);
        write(diff, HEAD.replace("f.txt", "z.txt") + "@@ -1 +1 @@\n-x\n+y\n", StandardCharsets.UTF_8);

        // when
        ChangeSet change = UnifiedDiffParser.parse(diff.toByteArray());

        // then
        assertThat(change.files())
                .extracting(Describe::file)
                .containsExactly(
                        "MODIFIED a.txt -> a.txt 100644/100644",
                        "MODIFIED latin.txt -> latin.txt 100644/100644 skipped: not valid UTF-8 (first at old line 2)",
                        "MODIFIED z.txt -> z.txt 100644/100644");
        assertThat(change.files().get(0).hunks().get(0).lines().get(1).text()).isEqualTo("caf\u00e9s");
        assertThat(change.files().get(1).hunks()).isEmpty();
    }

    @Test
    void shouldStillCheckTheCountsOfASkippedFile() {
        byte[] diff = (HEAD + "@@ -1,2 +1 @@\n-caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> UnifiedDiffParser.parse(diff))
                .isInstanceOf(DiffParseException.class)
                .hasMessageContaining("still expects 1 old and 1 new lines");
    }

    private static void write(ByteArrayOutputStream out, String text, java.nio.charset.Charset charset) {
        byte[] bytes = text.getBytes(charset);
        out.write(bytes, 0, bytes.length);
    }
}
