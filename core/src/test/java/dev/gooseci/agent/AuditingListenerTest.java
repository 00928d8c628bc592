package dev.gooseci.agent;

import static dev.gooseci.agent.ScriptedProvider.call;
import static dev.gooseci.agent.ScriptedProvider.calls;
import static dev.gooseci.agent.ScriptedProvider.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.audit.AuditLog;
import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.provider.Json;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.Toolbox;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AuditingListenerTest {

    @Test
    void shouldLogTurnsDecisionsCallsAndTheStopOfARun() {
        StringWriter out = new StringWriter();
        AuditLog log = new AuditLog(out, UnaryOperator.identity(), Clock.systemUTC());
        Toolbox toolbox = Toolbox.of(List.of(FakeTools.extension(
                "dev",
                FakeTools.tool("read", args -> ToolResult.ok("contents")),
                FakeTools.tool("shell", args -> ToolResult.ok("never runs")))));
        ToolGate gate = (request, tool) ->
                request.name().equals("dev__shell") ? Optional.of("shell is off in review") : Optional.empty();
        ScriptedProvider provider = ScriptedProvider.replying(
                calls(call("c1", "dev__read", "{\"path\":\"a\"}"), call("c2", "dev__shell", "{\"command\":\"ls\"}")),
                text("done"));

        new AgentLoop(provider, toolbox, gate, AgentConfig.defaults(), new AuditingListener(log))
                .run("m", "s", Conversation.of(Message.user("go")));

        List<JsonNode> events = out.toString()
                .lines()
                .map(line -> Json.parse(line, "audit line"))
                .toList();
        assertThat(events)
                .extracting(event -> event.path("event").asText() + " "
                        + event.path("call_id").asText(""))
                .containsExactly(
                        "turn ", "decision c1", "decision c2", "tool_call c1", "tool_call c2", "turn ", "stop ");
        assertThat(events.get(0).path("tool_calls").asInt()).isEqualTo(2);
        assertThat(events.get(0).path("finish_reason").asText()).isEqualTo("tool_use");
        assertThat(events.get(1).path("decision").asText()).isEqualTo("allow");
        assertThat(events.get(2).path("decision").asText()).isEqualTo("deny");
        assertThat(events.get(2).path("reason").asText()).isEqualTo("shell is off in review");
        assertThat(events.get(3).path("result").asText()).isEqualTo("contents");
        assertThat(events.get(4).path("error").asBoolean()).isTrue();
        assertThat(events.get(6).path("reason").asText()).isEqualTo("completed");
    }

    @Test
    void shouldNameStopReasonsInSnakeCase() {
        assertThat(AuditingListener.code(new StopReason.MaxTurns(3))).isEqualTo("max_turns");
        assertThat(AuditingListener.code(new StopReason.FinalOutputInvalid(1, "x")))
                .isEqualTo("final_output_invalid");
        assertThat(AuditingListener.code(new StopReason.Timeout(Duration.ofSeconds(1))))
                .isEqualTo("timeout");
    }
}
