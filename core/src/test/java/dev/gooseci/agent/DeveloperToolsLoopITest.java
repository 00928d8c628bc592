package dev.gooseci.agent;

import static dev.gooseci.agent.ScriptedProvider.call;
import static dev.gooseci.agent.ScriptedProvider.calls;
import static dev.gooseci.agent.ScriptedProvider.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.policy.PathSandbox;
import dev.gooseci.tool.ToolSpec;
import dev.gooseci.tool.Toolbox;
import dev.gooseci.tool.developer.DeveloperExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent loop reading and editing real files through the developer extension. */
class DeveloperToolsLoopITest {
    @TempDir
    Path root;

    @Test
    void shouldReadThenEditAFileAndFinishWithText() throws Exception {
        // given
        Files.createDirectories(root.resolve("src"));
        Files.writeString(
                root.resolve("src/Calc.java"), "class Calc {\n  int add(int a, int b) { return a - b; }\n}\n");
        ScriptedProvider provider = ScriptedProvider.replying(
                calls(call("1", "developer__read_file", "{\"path\":\"src/Calc.java\"}")),
                calls(call(
                        "2",
                        "developer__edit_file",
                        "{\"path\":\"src/Calc.java\",\"old\":\"return a - b;\",\"new\":\"return a + b;\"}")),
                text("Fixed add."));

        try (Toolbox toolbox = Toolbox.of(
                List.of(DeveloperExtension.builder(new PathSandbox(root)).build()))) {
            // when
            AgentResult result = new AgentLoop(
                            provider, toolbox, ToolGate.ALLOW_ALL, AgentConfig.defaults(), AgentListener.NONE)
                    .run("m", "system", Conversation.of(Message.user("Fix add.")));

            // then
            assertThat(result.stopReason()).isEqualTo(new StopReason.Completed());
            assertThat(provider.requests().get(0).tools())
                    .extracting(ToolSpec::name)
                    .containsExactly(
                            "developer__read_file",
                            "developer__list_files",
                            "developer__search",
                            "developer__write_file",
                            "developer__edit_file");
            List<Message> messages = result.conversation().messages();
            assertThat(messages.get(2).toolResponses())
                    .containsExactly(ToolResponse.ok(
                            "1", "1\tclass Calc {\n2\t  int add(int a, int b) { return a - b; }\n3\t}\n"));
            assertThat(messages.get(4).toolResponses())
                    .containsExactly(ToolResponse.ok(
                            "2",
                            "--- a/src/Calc.java\n+++ b/src/Calc.java\n@@ -1,3 +1,3 @@\n class Calc {\n"
                                    + "-  int add(int a, int b) { return a - b; }\n"
                                    + "+  int add(int a, int b) { return a + b; }\n }\n"));
            assertThat(result.lastText()).isEqualTo("Fixed add.");
            assertThat(Files.readString(root.resolve("src/Calc.java"))).contains("return a + b;");
        }
    }
}
