package dev.gooseci.tool.git;

import static dev.gooseci.tool.git.TestRepo.blob;
import static dev.gooseci.tool.git.TestRepo.call;
import static dev.gooseci.tool.git.TestRepo.sha;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.tool.ToolResult;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitShowToolTest {
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
    void shouldShowACommitsHeaderMessageAndDiff() throws Exception {
        ToolResult result = call(git, "git_show", "{\"rev\":\"" + sha(repo.second) + "\"}");

        assertThat(result)
                .isEqualTo(ToolResult.ok("commit " + repo.second.name() + "\n"
                        + "Author: Bob Builder <bob@example.com>\n"
                        + "Date:   2024-05-02T11:30:00Z\n"
                        + "\n"
                        + "    Rename App to Main\n"
                        + "    \n"
                        + "    Main says what it is.\n"
                        + "\n"
                        + "diff --git a/README.md b/README.md\n"
                        + "index " + blob(TestRepo.README_1) + ".." + blob(TestRepo.README_2) + " 100644\n"
                        + "--- a/README.md\n"
                        + "+++ b/README.md\n"
                        + "@@ -1 +1,3 @@\n"
                        + " # Demo\n"
                        + "+\n"
                        + "+A demo project.\n"
                        + "diff --git a/src/App.java b/src/Main.java\n"
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
    void shouldShowTheFirstCommitAgainstAnEmptyTree() throws Exception {
        ToolResult result = call(git, "git_show", "{\"rev\":\"HEAD~2\"}");

        assertThat(result.content())
                .contains("diff --git a/README.md b/README.md\nnew file mode 100644\n")
                .contains("diff --git a/logo.png b/logo.png\nnew file mode 100644\n");
    }

    @Test
    void shouldShowAFileAsItWasAtARevision() throws Exception {
        assertThat(call(git, "git_show", "{\"rev\":\"HEAD~2:src/App.java\"}")).isEqualTo(ToolResult.ok(TestRepo.APP));
    }

    @Test
    void shouldListADirectoryAtARevision() throws Exception {
        assertThat(call(git, "git_show", "{\"rev\":\"HEAD:\"}"))
                .isEqualTo(ToolResult.ok("tree HEAD:\n\nREADME.md\nlogo.png\nsrc/\n"));
    }

    @Test
    void shouldNotPrintABinaryFile() throws Exception {
        assertThat(call(git, "git_show", "{\"rev\":\"HEAD:logo.png\"}"))
                .isEqualTo(ToolResult.ok("logo.png at HEAD is a binary file of 11 bytes\n"));
    }

    @Test
    void shouldSayHowToFindAFileThatIsNotAtTheRevision() throws Exception {
        assertThat(call(git, "git_show", "{\"rev\":\"HEAD:src/App.java\"}"))
                .isEqualTo(ToolResult.error("there is no 'src/App.java' at HEAD; find the commits that changed it"
                        + " with git__git_log path=src/App.java, or list the top directory with"
                        + " git__git_show rev=HEAD:"));
    }

    @Test
    void shouldAskForTheMissingRevision() throws Exception {
        assertThat(call(git, "git_show", "{}"))
                .isEqualTo(ToolResult.error("git_show needs 'rev', for example HEAD~1 or HEAD:README.md"));
    }
}
