package dev.gooseci.tool.developer;

import static dev.gooseci.tool.developer.Workspace.call;
import static dev.gooseci.tool.developer.Workspace.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.policy.PathSandbox;
import dev.gooseci.tool.ToolResult;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListAndSearchToolTest {
    @TempDir
    Path root;

    Workspace workspace;
    DeveloperExtension developer;

    @BeforeEach
    void createWorkspace() {
        workspace = new Workspace(root)
                .file(".gitignore", "target/\n*.log\n")
                .file(".gooseignore", "fixtures/\n")
                .file(".env", "GITHUB_TOKEN=ghp_secret")
                .file(".git/config", "[core]\n")
                .file("README.md", "# Demo\nTODO: write docs\n")
                .file("build.log", "TODO in a log")
                .file("src/main/java/demo/App.java", "class App {\n  // TODO add\n  int todo;\n}\n")
                .file("src/test/java/demo/AppTest.java", "class AppTest {}\n")
                .file("src/test/resources/fixtures/big.json", "{\"TODO\":1}")
                .file("target/classes/App.class", "TODO")
                .bytes("logo.png", new byte[] {'T', 'O', 'D', 'O', 0});
        developer = DeveloperExtension.builder(new PathSandbox(root)).build();
    }

    @Test
    void shouldListATreeWithoutIgnoredOrProtectedFiles() {
        // when
        ToolResult result = call(developer, "list_files", "{}");

        // then
        assertThat(result).isEqualTo(ToolResult.ok("""
                        .gitignore
                        .gooseignore
                        README.md
                        logo.png
                        src/
                          main/
                            java/…
                          test/
                            java/…
                            resources/…
                        """));
    }

    @Test
    void shouldListASubdirectoryToTheDepthAsked() {
        // when
        ToolResult result = call(developer, "list_files", json("path", "src/main/", "max_depth", 5));

        // then
        assertThat(result).isEqualTo(ToolResult.ok("""
                        java/
                          demo/
                            App.java
                        """));
    }

    @Test
    void shouldCutLongListingsAndSaySo() {
        // given
        for (int i = 0; i < ListFilesTool.MAX_ENTRIES + 5; i++) {
            workspace.file(String.format("many/f%04d.txt", i), "");
        }

        // when
        ToolResult result = call(developer, "list_files", json("path", "many"));

        // then
        assertThat(result.content().lines()).hasSize(ListFilesTool.MAX_ENTRIES + 1);
        assertThat(result.content())
                .startsWith("f0000.txt\n")
                .endsWith("f0499.txt\n[cut at 500 entries; list a subdirectory or use a smaller max_depth]\n");
    }

    @Test
    void shouldRefuseToListAFile() {
        assertThat(call(developer, "list_files", json("path", "README.md")))
                .isEqualTo(ToolResult.error("README.md is not a directory"));
    }

    @Test
    void shouldFindMatchesInTextFilesThatAreNotIgnored() {
        // when
        ToolResult result = call(developer, "search", json("pattern", "(?i)todo"));

        // then
        assertThat(result).isEqualTo(ToolResult.ok("""
                        README.md:2: TODO: write docs
                        src/main/java/demo/App.java:2:   // TODO add
                        src/main/java/demo/App.java:3:   int todo;
                        """));
    }

    @Test
    void shouldFilterByGlobOnNameOrPath() {
        assertThat(call(developer, "search", json("pattern", "class", "glob", "*Test.java")))
                .isEqualTo(ToolResult.ok("src/test/java/demo/AppTest.java:1: class AppTest {}\n"));
        assertThat(call(developer, "search", json("pattern", "class", "glob", "src/main/**")))
                .isEqualTo(ToolResult.ok("src/main/java/demo/App.java:1: class App {\n"));
        assertThat(call(developer, "search", json("pattern", "class", "path", "src/test")))
                .isEqualTo(ToolResult.ok("src/test/java/demo/AppTest.java:1: class AppTest {}\n"));
    }

    @Test
    void shouldNameAnInvalidRegex() {
        // when
        ToolResult result = call(developer, "search", json("pattern", "foo(bar"));

        // then
        assertThat(result.isError()).isTrue();
        assertThat(result.content()).startsWith("invalid regex 'foo(bar': Unclosed group near index 7");
    }

    @Test
    void shouldSayWhenNothingMatches() {
        assertThat(call(developer, "search", json("pattern", "nowhere")))
                .isEqualTo(ToolResult.ok("no matches for /nowhere/ in 5 files"));
    }

    @Test
    void shouldStopAtTheMatchCap() {
        // given
        workspace.file("many.txt", "hit\n".repeat(SearchTool.MAX_MATCHES + 50));

        // when
        ToolResult result = call(developer, "search", json("pattern", "hit"));

        // then
        assertThat(result.content().lines()).hasSize(SearchTool.MAX_MATCHES + 1);
        assertThat(result.content())
                .startsWith("many.txt:1: hit\n")
                .endsWith("many.txt:200: hit\n[stopped at 200 matches; narrow the pattern, path or glob]\n");
    }

    @Test
    void shouldShowAWindowOfALongLineAroundTheMatch() {
        // given
        workspace.file("min.js", "a".repeat(1000) + "NEEDLE" + "b".repeat(1000));

        // when
        ToolResult result = call(developer, "search", json("pattern", "NEEDLE"));

        // then
        assertThat(result)
                .isEqualTo(ToolResult.ok("min.js:1: …" + "a".repeat(50) + "NEEDLE" + "b".repeat(144) + "…\n"));
    }
}
