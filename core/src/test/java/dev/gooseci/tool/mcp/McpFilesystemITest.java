package dev.gooseci.tool.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.Toolbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The official filesystem server over stdio, allowed one temporary directory. */
class McpFilesystemITest {

    @TempDir
    Path root;

    @Test
    void shouldListAndReadFilesUnderItsRoot() throws Exception {
        // given
        Path realRoot = root.toRealPath();
        Files.writeString(realRoot.resolve("notes.txt"), "first line\nsecond line\n");
        Files.createDirectory(realRoot.resolve("src"));
        McpExtensionConfig config = McpExtensionConfig.stdio(
                "fs", NpmTools.require(NpmTools.FILESYSTEM).toString(), List.of(realRoot.toString()));

        try (McpExtension extension = McpExtension.start(config, NpmTools.environment(Map.of()));
                Toolbox toolbox = Toolbox.of(List.of(extension))) {
            String dir = jsonString(realRoot.toString());
            String file = jsonString(realRoot.resolve("notes.txt").toString());

            // when
            ToolResult listing = toolbox.call("fs__list_directory", "{\"path\":" + dir + "}");
            ToolResult content = toolbox.call("fs__read_text_file", "{\"path\":" + file + "}");
            ToolResult outside = toolbox.call("fs__read_text_file", "{\"path\":\"/etc/hostname\"}");

            // then
            assertThat(listing.isError()).isFalse();
            assertThat(listing.content()).contains("[FILE] notes.txt").contains("[DIR] src");
            assertThat(content).isEqualTo(ToolResult.ok("first line\nsecond line\n"));
            assertThat(outside.isError()).isTrue();
            Map<String, Boolean> readOnly = extension.tools().stream()
                    .collect(Collectors.toMap(t -> t.spec().name(), Tool::readOnly));
            assertThat(readOnly).containsEntry("read_text_file", true).containsEntry("write_file", false);
        }
    }

    private static String jsonString(String value) {
        return McpMapping.JSON.getNodeFactory().textNode(value).toString();
    }
}
