package dev.gooseci.scm.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.diff.ChangeType;
import dev.gooseci.diff.FileChange;
import dev.gooseci.provider.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GitLab's diff entries as file changes, and when GitLab left a diff out. */
class DiffEntriesTest {

    static ObjectNode entry(String diff, String aMode, String bMode) {
        return Json.object()
                .put("old_path", "LICENSE")
                .put("new_path", "LICENSE")
                .put("a_mode", aMode)
                .put("b_mode", bMode)
                .put("diff", diff)
                .put("new_file", "0".equals(aMode))
                .put("renamed_file", false)
                .put("deleted_file", "0".equals(bMode));
    }

    @Test
    void shouldReadAVersionDiffThatStartsWithFileHeaders() {
        // given: the shape of GET .../versions/:id, whose diffs start with --- and +++
        ObjectNode entry =
                entry("--- /dev/null\n+++ b/LICENSE\n@@ -0,0 +1,2 @@\n+The MIT License (MIT)\n+\n", "0", "100644");

        // when
        FileChange file = DiffEntries.toFileChange(entry);

        // then
        assertThat(file.type()).isEqualTo(ChangeType.ADDED);
        assertThat(file.newMode()).isEqualTo(0100644);
        assertThat(file.hunks()).hasSize(1);
        assertThat(file.hunks().get(0).header()).isEqualTo("@@ -0,0 +1,2 @@");
    }

    @Test
    void shouldKeepASubmoduleWithoutHunks() {
        // when
        FileChange file = DiffEntries.toFileChange(
                entry("@@ -1 +1 @@\n-Subproject commit aaaa\n+Subproject commit bbbb\n", "160000", "160000"));

        // then
        assertThat(file.submodule()).isTrue();
        assertThat(file.hunks()).isEmpty();
    }

    @Test
    void shouldSkipADiffThatDoesNotMatchItsHunkHeader() {
        // when
        FileChange file = DiffEntries.toFileChange(entry("@@ -1,5 +1,5 @@\n-a\n+b\n", "100644", "100644"));

        // then
        assertThat(file.skipped())
                .hasValueSatisfying(reason -> assertThat(reason).contains("could not be read"));
    }

    @ParameterizedTest(name = "diff=''{0}'' modes {1}->{2} too_large={3} collapsed={4} -> {5}")
    @CsvSource({
        "'@@ -1 +1 @@\n-a\n+b\n', 100644, 100644, false, false, false",
        "'',                      100644, 100644, true,  false, true",
        "'',                      100644, 100644, false, true,  true",
        "'',                      100644, 100644, false, false, true",
        "'',                      100644, 100755, false, false, false",
        "'',                      0,      100644, false, false, true",
    })
    void shouldTellWhenGitLabLeftTheDiffOut(
            String diff, String aMode, String bMode, boolean tooLarge, boolean collapsed, boolean leftOut) {
        // given
        ObjectNode entry = entry(diff, aMode, bMode).put("too_large", tooLarge).put("collapsed", collapsed);

        // when / then
        assertThat(DiffEntries.leftOut(entry)).isEqualTo(leftOut);
    }
}
