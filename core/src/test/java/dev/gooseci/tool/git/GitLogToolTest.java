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

class GitLogToolTest {
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
    void shouldListCommitsNewestFirstOnePerLine() throws Exception {
        ToolResult result = call(git, "git_log", "{}");

        assertThat(result)
                .isEqualTo(ToolResult.ok(sha(repo.third) + " 2024-05-03 (Alice Example) Add two()\n"
                        + sha(repo.second) + " 2024-05-02 (Bob Builder) Rename App to Main\n"
                        + sha(repo.first) + " 2024-05-01 (Alice Example) Add the demo project\n"));
    }

    @Test
    void shouldListARangeThatChangesAPath() throws Exception {
        ToolResult result = call(git, "git_log", "{\"range\":\"" + sha(repo.first) + "..main\",\"path\":\"logo.png\"}");

        assertThat(result).isEqualTo(ToolResult.ok(sha(repo.third) + " 2024-05-03 (Alice Example) Add two()\n"));
    }

    @Test
    void shouldSayWhenMoreCommitsFollowThanMaxCount() throws Exception {
        ToolResult result = call(git, "git_log", "{\"max_count\":\"1\"}");

        assertThat(result)
                .isEqualTo(ToolResult.ok(sha(repo.third) + " 2024-05-03 (Alice Example) Add two()\n"
                        + "[more commits follow; raise max_count or narrow the range]\n"));
    }

    @Test
    void shouldRejectAnOutOfRangeCount() throws Exception {
        assertThat(call(git, "git_log", "{\"max_count\":0}"))
                .isEqualTo(ToolResult.error("git_log: 'max_count' must be between 1 and 500, was 0"));
    }

    @Test
    void shouldNameTheUnknownEndOfARange() throws Exception {
        ToolResult result = call(git, "git_log", "{\"range\":\"v9..HEAD\"}");

        assertThat(result.isError()).isTrue();
        assertThat(result.content()).startsWith("unknown revision 'v9'. Use HEAD, HEAD~N");
    }
}
