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

class ReadFileToolTest {
    @TempDir
    Path root;

    Workspace workspace;
    DeveloperExtension developer;

    @BeforeEach
    void createWorkspace() {
        workspace = new Workspace(root).file("src/App.java", "class App {\n  int x;\n}\n");
        developer = DeveloperExtension.builder(new PathSandbox(root)).build();
    }

    @Test
    void shouldNumberEveryLine() {
        // when
        ToolResult result = call(developer, "read_file", json("path", "src/App.java"));

        // then
        assertThat(result).isEqualTo(ToolResult.ok("1\tclass App {\n2\t  int x;\n3\t}\n"));
    }

    @Test
    void shouldReadOnlyTheLinesAskedFor() {
        // when
        ToolResult result =
                call(developer, "read_file", json("path", "./src/App.java", "start_line", 2, "end_line", 9));

        // then
        assertThat(result).isEqualTo(ToolResult.ok("2\t  int x;\n3\t}\n"));
    }

    @Test
    void shouldRefuseAStartPastTheEnd() {
        // when
        ToolResult result = call(developer, "read_file", json("path", "src/App.java", "start_line", 4));

        // then
        assertThat(result)
                .isEqualTo(ToolResult.error("start_line 4 is past the end of src/App.java, which has 3 lines"));
    }

    @Test
    void shouldCutLargeFilesAndSayHowToReadOn() {
        // given: 2000 lines of 200 characters, about 400 KiB
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append("x".repeat(199)).append('\n');
        }
        workspace.file("big.txt", text.toString());

        // when
        ToolResult result = call(developer, "read_file", json("path", "big.txt"));

        // then: 1284 numbered lines fit into 256 KiB (a number, a tab, 199 characters and a newline each)
        assertThat(result.isError()).isFalse();
        assertThat(result.content())
                .startsWith("1\txxx")
                .endsWith("\n[cut at 256 KiB after line 1284 of 2000; read on with start_line=1285]\n");
        assertThat(TextFiles.utf8Length(result.content())).isLessThan(ReadFileTool.CAP_BYTES + 100);
    }

    @Test
    void shouldReadOnFromTheLineTheHintNames() {
        // given
        workspace.file("three.txt", "a\nb\nc");

        // when
        ToolResult result = call(developer, "read_file", json("path", "three.txt", "start_line", "3"));

        // then
        assertThat(result).isEqualTo(ToolResult.ok("3\tc\n"));
    }

    @Test
    void shouldRefuseFilesWithNulBytes() {
        // given
        workspace.bytes("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        // when
        ToolResult result = call(developer, "read_file", json("path", "logo.png"));

        // then
        assertThat(result)
                .isEqualTo(ToolResult.error(
                        "logo.png is not a text file (it contains NUL bytes), so read_file does not show it"));
    }

    @Test
    void shouldRefuseFilesThatAreNotUtf8() {
        // given: Latin-1 'é' alone is not valid UTF-8
        workspace.bytes("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});

        // when
        ToolResult result = call(developer, "read_file", json("path", "latin1.txt"));

        // then
        assertThat(result)
                .isEqualTo(ToolResult.error(
                        "latin1.txt is not a text file (it is not valid UTF-8), so read_file does not show it"));
    }

    @Test
    void shouldSayWhenTheFileIsMissingOrADirectory() {
        assertThat(call(developer, "read_file", json("path", "src/Nope.java")))
                .isEqualTo(ToolResult.error(
                        "src/Nope.java does not exist; use list_files or search to find the right path"));
        assertThat(call(developer, "read_file", json("path", "src")))
                .isEqualTo(ToolResult.error("src is a directory; use list_files for directories"));
    }

    @Test
    void shouldNameAMissingOrMistypedArgument() {
        assertThat(call(developer, "read_file", "{}"))
                .isEqualTo(ToolResult.error("read_file needs the argument 'path' (text)"));
        assertThat(call(developer, "read_file", json("path", "src/App.java", "end_line", "two")))
                .isEqualTo(ToolResult.error("argument 'end_line' of read_file must be a whole number, was \"two\""));
    }
}
