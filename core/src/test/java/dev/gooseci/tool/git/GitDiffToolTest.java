package dev.gooseci.tool.git;

import static dev.gooseci.tool.git.TestRepo.blob;
import static dev.gooseci.tool.git.TestRepo.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.tool.ToolResult;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitDiffToolTest {
    @TempDir
    Path dir;

    private TestRepo repo;
    private GitExtension git;

    @BeforeEach
    void createRepository() throws Exception {
        repo = new TestRepo(dir);
        git = new GitExtension(dir);
    }

    @AfterEach
    void close() {
        git.close();
        repo.close();
    }

    @Test
    void shouldDiffTheTrackedFilesOfTheWorkingTreeAgainstHead() throws Exception {
        // given: one tracked file changed and one untracked file
        repo.write("README.md", TestRepo.README_2 + "More.\n");
        repo.write("notes.txt", "untracked\n");

        // when
        ToolResult result = call(git, "git_diff", "{}");

        // then
        assertThat(result)
                .isEqualTo(ToolResult.ok("diff --git a/README.md b/README.md\n"
                        + "index " + blob(TestRepo.README_2) + ".." + blob(TestRepo.README_2 + "More.\n") + " 100644\n"
                        + "--- a/README.md\n"
                        + "+++ b/README.md\n"
                        + "@@ -1,3 +1,4 @@\n"
                        + " # Demo\n"
                        + " \n"
                        + " A demo project.\n"
                        + "+More.\n"));
    }

    @Test
    void shouldShowARenameWithItsEditBetweenTwoRevisions() throws Exception {
        ToolResult result = call(git, "git_diff", "{\"base\":\"HEAD~2\",\"head\":\"HEAD~1\",\"path\":\"src/\"}");

        assertThat(result)
                .isEqualTo(ToolResult.ok("diff --git a/src/App.java b/src/Main.java\n"
                        + "similarity index 76%\n"
                        + "rename from src/App.java\n"
                        + "rename to src/Main.java\n"
                        + "index " + blob(TestRepo.APP) + ".." + blob(TestRepo.MAIN_2) + " 100644\n"
                        + "--- a/src/App.java\n"
                        + "+++ b/src/Main.java\n"
                        + "@@ -1,4 +1,4 @@\n"
                        + "-class App {\n"
                        + "+class Main {\n"
                        + "     int one() {\n"
                        + "         return 1;\n"
                        + "     }\n"));
    }

    @Test
    void shouldSayThatABinaryFileDiffers() throws Exception {
        ToolResult result = call(git, "git_diff", "{\"base\":\"HEAD~1\",\"head\":\"HEAD\",\"path\":\"logo.png\"}");

        assertThat(result)
                .isEqualTo(ToolResult.ok("diff --git a/logo.png b/logo.png\n"
                        + "index " + blob(TestRepo.LOGO_1) + ".." + blob(TestRepo.LOGO_3) + " 100644\n"
                        + "--- a/logo.png\n"
                        + "+++ b/logo.png\n"
                        + "Binary files differ\n"));
    }

    @Test
    void shouldSaySoWhenNothingChanged() throws Exception {
        assertThat(call(git, "git_diff", "{}"))
                .isEqualTo(ToolResult.ok("no differences between HEAD and the working tree\n"));
    }

    @Test
    void shouldCutALongDiffAndNameTheFilesNotShown() throws Exception {
        // given: a cap the first file alone passes (over two commits App.java changed too much to be a rename)
        try (GitExtension small = new GitExtension(dir, 120)) {
            // when
            ToolResult result = call(small, "git_diff", "{\"base\":\"HEAD~2\",\"head\":\"HEAD\"}");

            // then
            assertThat(result.isError()).isFalse();
            assertThat(result.content())
                    .startsWith("diff --git a/README.md b/README.md\n")
                    .endsWith("[diff cut at 120 characters; 4 of 4 files not shown in full: README.md, logo.png,"
                            + " src/App.java, src/Main.java. Pass 'path' to see one file or directory.]\n");
        }
    }

    @Test
    void shouldNameAnUnknownRevisionAndTheBranches() throws Exception {
        ToolResult result = call(git, "git_diff", "{\"base\":\"mian\"}");

        assertThat(result)
                .isEqualTo(ToolResult.error("unknown revision 'mian'. Use HEAD, HEAD~N, a branch, a tag or a commit"
                        + " sha from git__git_log; branches: main"));
    }

    @Test
    void shouldRefuseAPathOutsideTheRepository() throws Exception {
        ToolResult result = call(git, "git_diff", "{\"path\":\"../etc\"}");

        assertThat(result)
                .isEqualTo(ToolResult.error("git_diff: 'path' must be a path relative to the repository's top"
                        + " directory, without '..', was ../etc"));
    }
}
