package dev.gooseci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.Toolbox;
import dev.gooseci.tool.mcp.McpExtension;
import dev.gooseci.tool.mcp.McpExtensionConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code goose-ci mcp serve developer} as a real subprocess on this test's class path, driven over stdio by our own
 * MCP client: what an MCP client configured with our command line gets.
 */
class McpServeStdioITest {
    @TempDir
    Path workspace;

    @BeforeEach
    void fillWorkspace() throws IOException {
        Files.writeString(workspace.resolve("hello.txt"), "hello over stdio\n");
    }

    @Test
    void shouldServeTheDeveloperToolsOverStdio() {
        // given
        McpExtensionConfig config = serve();

        try (McpExtension extension = McpExtension.start(config, Map.of());
                Toolbox toolbox = Toolbox.of(List.of(extension))) {

            // when
            ToolResult read = toolbox.call("dev__read_file", "{\"path\":\"hello.txt\"}");
            ToolResult escape = toolbox.call("dev__read_file", "{\"path\":\"../etc/passwd\"}");
            ToolResult listed = toolbox.call("dev__list_files", "{}");

            // then
            assertThat(extension.unavailable()).isEmpty();
            assertThat(extension.tools())
                    .extracting(tool -> tool.spec().name())
                    .containsExactly("read_file", "list_files", "search", "write_file", "edit_file");
            assertThat(extension.tools())
                    .filteredOn(Tool::readOnly)
                    .extracting(tool -> tool.spec().name())
                    .containsExactly("read_file", "list_files", "search");
            assertThat(read.isError()).isFalse();
            assertThat(read.content()).contains("hello over stdio");
            assertThat(escape.isError()).isTrue();
            assertThat(escape.content()).contains("'..'");
            assertThat(listed.content()).contains("hello.txt");
        }
    }

    @Test
    void shouldOfferOnlyReadOnlyShellCommandsWithShell() {
        // given
        McpExtensionConfig config = serve("--shell");

        try (McpExtension extension = McpExtension.start(config, Map.of());
                Toolbox toolbox = Toolbox.of(List.of(extension))) {

            // when
            ToolResult listing = toolbox.call("dev__shell", "{\"command\":\"ls\"}");
            ToolResult removal = toolbox.call("dev__shell", "{\"command\":\"rm hello.txt\"}");

            // then
            assertThat(extension.tools()).extracting(tool -> tool.spec().name()).contains("shell");
            assertThat(listing.isError()).isFalse();
            assertThat(listing.content()).contains("hello.txt");
            assertThat(removal.isError()).isTrue();
            assertThat(removal.content()).contains("'rm' is not in the shell allowlist");
            assertThat(workspace.resolve("hello.txt")).exists();
        }
    }

    /** Our command line in a fresh JVM on this test's class path, serving {@link #workspace}. */
    private McpExtensionConfig serve(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                GooseCli.class.getName(),
                "mcp",
                "serve",
                "developer",
                "--workspace",
                workspace.toString()));
        args.addAll(List.of(extra));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return McpExtensionConfig.stdio("dev", java, args).withTimeout(Duration.ofSeconds(30));
    }
}
