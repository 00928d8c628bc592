package dev.gooseci.tool.developer;

import static dev.gooseci.tool.developer.Workspace.call;
import static dev.gooseci.tool.developer.Workspace.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.policy.PathSandbox;
import dev.gooseci.tool.ToolResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteAndEditToolTest {
    private static final String APP = "class App {\n  int add(int a, int b) {\n    return a - b;\n  }\n}\n";

    @TempDir
    Path root;

    Workspace workspace;
    DeveloperExtension developer;
    DeveloperExtension testsOnly;

    @BeforeEach
    void createWorkspace() {
        workspace = new Workspace(root).file("src/main/java/App.java", APP);
        developer = DeveloperExtension.builder(new PathSandbox(root)).build();
        testsOnly = DeveloperExtension.builder(new PathSandbox(root, List.of("src/test/java/**")))
                .build();
    }

    @Test
    void shouldCreateAFileAndItsParentDirectories() {
        // when
        ToolResult result =
                call(testsOnly, "write_file", json("path", "src/test/java/a/b/AppTest.java", "content", "x\ny\n"));

        // then
        assertThat(result).isEqualTo(ToolResult.ok("created src/test/java/a/b/AppTest.java (2 lines, 4 bytes)"));
        assertThat(workspace.read("src/test/java/a/b/AppTest.java")).isEqualTo("x\ny\n");
    }

    @Test
    void shouldOverwriteAnExistingFile() {
        // when
        ToolResult result = call(developer, "write_file", json("path", "src/main/java/App.java", "content", "é"));

        // then
        assertThat(result).isEqualTo(ToolResult.ok("overwrote src/main/java/App.java (1 line, 2 bytes)"));
        assertThat(workspace.read("src/main/java/App.java")).isEqualTo("é");
    }

    @Test
    void shouldRefuseToWriteOutsideTheWriteGlobs() {
        // when
        ToolResult result = call(testsOnly, "write_file", json("path", "src/main/java/App.java", "content", "x"));

        // then
        assertThat(result)
                .isEqualTo(ToolResult.error("writing src/main/java/App.java is not allowed: this run may write only"
                        + " src/test/java/**"));
        assertThat(workspace.read("src/main/java/App.java")).isEqualTo(APP);
        assertThat(Files.exists(root.resolve("src/test"))).isFalse();
    }

    @Test
    void shouldRefuseToEditOutsideTheWriteGlobs() {
        // when
        ToolResult result =
                call(testsOnly, "edit_file", json("path", "src/main/java/App.java", "old", "a - b", "new", "a + b"));

        // then
        assertThat(result.isError()).isTrue();
        assertThat(result.content()).contains("this run may write only src/test/java/**");
        assertThat(workspace.read("src/main/java/App.java")).isEqualTo(APP);
    }

    @Test
    void shouldReplaceTheOneOccurrenceAndAnswerWithTheDiff() {
        // when
        ToolResult result =
                call(developer, "edit_file", json("path", "src/main/java/App.java", "old", "a - b", "new", "a + b"));

        // then
        assertThat(result).isEqualTo(ToolResult.ok("""
                        --- a/src/main/java/App.java
                        +++ b/src/main/java/App.java
                        @@ -1,5 +1,5 @@
                         class App {
                           int add(int a, int b) {
                        -    return a - b;
                        +    return a + b;
                           }
                         }
                        """));
        assertThat(workspace.read("src/main/java/App.java")).isEqualTo(APP.replace("a - b", "a + b"));
    }

    @Test
    void shouldSayWhenOldDoesNotOccur() {
        // when
        ToolResult result =
                call(developer, "edit_file", json("path", "src/main/java/App.java", "old", "a * b", "new", "a + b"));

        // then
        assertThat(result)
                .isEqualTo(ToolResult.error("old does not occur in src/main/java/App.java; read_file it and copy the"
                        + " text exactly, whitespace and indentation included"));
    }

    @Test
    void shouldNameTheLinesWhenOldOccursSeveralTimes() {
        // when
        ToolResult result =
                call(developer, "edit_file", json("path", "src/main/java/App.java", "old", "int", "new", "long"));

        // then: "int" occurs on line 2 three times
        assertThat(result)
                .isEqualTo(ToolResult.error("old occurs 3 times in src/main/java/App.java, starting on lines 2, 2 and"
                        + " 2; add surrounding lines to old so that it occurs once"));
        assertThat(workspace.read("src/main/java/App.java")).isEqualTo(APP);
    }

    @Test
    void shouldNameEachLineOfSeveralOccurrences() {
        // given
        workspace.file("notes.txt", "todo\nfine\ntodo\n\ntodo\n");

        // when
        ToolResult result = call(developer, "edit_file", json("path", "notes.txt", "old", "todo", "new", "done"));

        // then
        assertThat(result.content()).startsWith("old occurs 3 times in notes.txt, starting on lines 1, 3 and 5;");
    }

    @Test
    void shouldEditAFileWithWindowsLineEndings() {
        // given
        workspace.file("win.txt", "one\r\ntwo\r\nthree\r\n");

        // when
        ToolResult result = call(developer, "edit_file", json("path", "win.txt", "old", "one\ntwo", "new", "1\n2"));

        // then
        assertThat(result.isError()).isFalse();
        assertThat(workspace.read("win.txt")).isEqualTo("1\r\n2\r\nthree\r\n");
    }

    @Test
    void shouldRefuseToEditABinaryOrMissingFile() {
        // given
        workspace.bytes("data.bin", new byte[] {1, 0, 2});

        // then
        assertThat(call(developer, "edit_file", json("path", "data.bin", "old", "a", "new", "b")))
                .isEqualTo(ToolResult.error("data.bin is not a text file: it contains NUL bytes"));
        assertThat(call(developer, "edit_file", json("path", "Nope.java", "old", "a", "new", "b")))
                .isEqualTo(ToolResult.error("Nope.java is not an existing file; use write_file to create it"));
    }
}
