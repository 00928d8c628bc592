package dev.gooseci.tool.git;

import static dev.gooseci.tool.git.TestRepo.call;
import static dev.gooseci.tool.git.TestRepo.sha;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.tool.ToolResult;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitBlameToolTest {
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
    void shouldBlameEachLineThroughARename() throws Exception {
        ToolResult result = call(git, "git_blame", "{\"path\":\"src/Main.java\"}");

        String first = sha(repo.first) + " (Alice Example) ";
        String third = sha(repo.third) + " (Alice Example) ";
        assertThat(result)
                .isEqualTo(ToolResult.ok(sha(repo.second) + " (Bob Builder) 1: class Main {\n"
                        + first + "2:     int one() {\n"
                        + first + "3:         return 1;\n"
                        + first + "4:     }\n"
                        + third + "5: \n"
                        + third + "6:     int two() {\n"
                        + third + "7:         return 2;\n"
                        + third + "8:     }\n"
                        + first + "9: }\n"));
    }

    @Test
    void shouldBlameALineRangeAtAnOlderRevision() throws Exception {
        ToolResult result = call(git, "git_blame", "{\"path\":\"README.md\",\"rev\":\"HEAD~1\",\"start_line\":2}");

        assertThat(result)
                .isEqualTo(ToolResult.ok(sha(repo.second) + " (Bob Builder) 2: \n" + sha(repo.second)
                        + " (Bob Builder) 3: A demo project.\n"));
    }

    @Test
    void shouldSayWhenTheLinesAreOutsideTheFile() throws Exception {
        assertThat(call(git, "git_blame", "{\"path\":\"README.md\",\"start_line\":4,\"end_line\":9}"))
                .isEqualTo(
                        ToolResult.error("git_blame: lines 4 to 9 are outside README.md, which has 3 lines at HEAD"));
    }

    @Test
    void shouldRefuseToBlameABinaryFile() throws Exception {
        assertThat(call(git, "git_blame", "{\"path\":\"logo.png\"}"))
                .isEqualTo(ToolResult.error("git_blame: logo.png is a binary file at HEAD; blame needs text"));
    }
}
