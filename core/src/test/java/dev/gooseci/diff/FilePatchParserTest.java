package dev.gooseci.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GitHub's {@code patch} and GitLab's {@code diff} fields: hunks only, with path and status from the API. */
class FilePatchParserTest {

    @Test
    void shouldParseAGitHubPatchWithoutTrailingNewline() {
        // given GitHub's patch for a renamed file (the API gives previous_filename and status "renamed")
        String patch = "@@ -1,2 +1,3 @@ class A\n line one\n-line two\n+line 2\n+line 3";

        // when
        FileChange file = UnifiedDiffParser.parseFilePatch("old/A.java", "new/A.java", ChangeType.RENAMED, patch);

        // then
        assertThat(Describe.file(file)).isEqualTo("RENAMED old/A.java -> new/A.java 0/0");
        assertThat(Describe.files(new ChangeSet("", "", List.of(file))))
                .containsExactly(
                        "RENAMED old/A.java -> new/A.java 0/0",
                        "@@ -1,2 +1,3 @@ class A",
                        "C1/1 line one",
                        "R2 line two",
                        "A2 line 2",
                        "A3 line 3");
    }

    @Test
    void shouldParseAGitLabDiffEntryWithNoNewlineMarkers() {
        String diff = "@@ -0,0 +1,2 @@\n+a\n+b\n\\ No newline at end of file\n";

        FileChange file = UnifiedDiffParser.parseFilePatch("n.txt", "n.txt", ChangeType.ADDED, diff);

        assertThat(file.hunks().get(0).lines()).extracting(Describe::line).containsExactly("A1 a", "A2 b$");
    }

    @Test
    void shouldTreatAnEmptyPatchAsAFileWithoutHunks() {
        FileChange file = UnifiedDiffParser.parseFilePatch("a", "b", ChangeType.RENAMED, "");

        assertThat(file.hunks()).isEmpty();
        assertThat(file.binary()).isFalse();
    }

    @Test
    void shouldMarkABinaryPatchAsBinary() {
        FileChange file = UnifiedDiffParser.parseFilePatch(
                "i.png", "i.png", ChangeType.MODIFIED, "Binary files a/i.png and b/i.png differ\n");

        assertThat(file.binary()).isTrue();
        assertThat(file.hunks()).isEmpty();
    }

    @Test
    void shouldSkipAPatchThatIsNotUtf8() {
        byte[] patch = "@@ -1 +1 @@\n-na\u00efve\n+naive\n".getBytes(StandardCharsets.ISO_8859_1);

        FileChange file = UnifiedDiffParser.parseFilePatch("t", "t", ChangeType.MODIFIED, patch);

        assertThat(file.skipped()).hasValue("not valid UTF-8 (first at old line 1)");
    }

    @Test
    void shouldNameThePathWhenAPatchHasMoreLinesThanItsHeaderCounts() {
        assertThatThrownBy(() -> UnifiedDiffParser.parseFilePatch(
                        "gone.txt", "gone.txt", ChangeType.DELETED, "@@ -1 +0,0 @@\n-a\n-b\n"))
                .isInstanceOf(DiffParseException.class)
                .hasMessageContaining("'gone.txt' at line 3")
                .hasMessageContaining("'-b' follows the last hunk");
    }

    @Test
    void shouldRefuseAPatchThatDoesNotStartWithAHunk() {
        assertThatThrownBy(() -> UnifiedDiffParser.parseFilePatch("a", "a", ChangeType.MODIFIED, "+x\n"))
                .isInstanceOf(DiffParseException.class)
                .hasMessageContaining("must start with a @@ hunk header");
    }
}
