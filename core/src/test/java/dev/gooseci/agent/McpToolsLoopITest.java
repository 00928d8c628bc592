package dev.gooseci.agent;

import static dev.gooseci.agent.ScriptedProvider.call;
import static dev.gooseci.agent.ScriptedProvider.calls;
import static dev.gooseci.agent.ScriptedProvider.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.tool.ToolSpec;
import dev.gooseci.tool.Toolbox;
import dev.gooseci.tool.mcp.McpExtension;
import dev.gooseci.tool.mcp.McpExtensionConfig;
import dev.gooseci.tool.mcp.McpExtensions;
import dev.gooseci.tool.mcp.NpmTools;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The agent loop calling the tools of a real MCP server, the official everything server over stdio. */
class McpToolsLoopITest {
    private static final Conversation TASK = Conversation.of(Message.user("Echo hello."));

    @Test
    void shouldCallAnMcpToolFromTheLoopAndGoOnWhenAnotherServerIsBroken() {
        // given: a working server, a server whose command does not exist, and a disabled one
        String everything = NpmTools.require(NpmTools.EVERYTHING).toString();
        List<McpExtensionConfig> configs = List.of(
                McpExtensionConfig.stdio("everything", everything, List.of("stdio")),
                McpExtensionConfig.stdio("broken", "goose-ci-no-such-server", List.of())
                        .withAvailableTools(List.of("echo")),
                McpExtensionConfig.stdio("off", everything, List.of("stdio")).withEnabled(false));
        List<McpExtension> extensions = McpExtensions.start(configs, NpmTools.environment(Map.of()));
        ScriptedProvider provider = ScriptedProvider.replying(
                calls(
                        call("1", "everything__echo", "{\"message\":\"hello\"}"),
                        call("2", "broken__echo", "{\"message\":\"hello\"}")),
                text("Echoed."));

        try (Toolbox toolbox = Toolbox.of(extensions)) {
            // when
            AgentResult result = new AgentLoop(
                            provider, toolbox, ToolGate.ALLOW_ALL, AgentConfig.defaults(), AgentListener.NONE)
                    .run("m", "system", TASK);

            // then
            assertThat(extensions).extracting(McpExtension::name).containsExactly("everything", "broken");
            assertThat(result.stopReason()).isEqualTo(new StopReason.Completed());
            assertThat(provider.requests().get(0).tools())
                    .extracting(ToolSpec::name)
                    .contains("everything__echo", "everything__get-env", "broken__echo");
            List<ToolResponse> responses =
                    result.conversation().messages().get(2).toolResponses();
            assertThat(responses.get(0)).isEqualTo(ToolResponse.ok("1", "Echo: hello"));
            assertThat(responses.get(1).isError()).isTrue();
            assertThat(responses.get(1).content())
                    .startsWith("extension broken is unavailable: ")
                    .contains("goose-ci-no-such-server");
            assertThat(result.lastText()).isEqualTo("Echoed.");
        }
    }
}
