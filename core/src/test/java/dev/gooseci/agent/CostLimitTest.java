package dev.gooseci.agent;

import static dev.gooseci.agent.FakeTools.extension;
import static dev.gooseci.agent.FakeTools.tool;
import static dev.gooseci.agent.ScriptedProvider.call;
import static dev.gooseci.agent.ScriptedProvider.calls;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.provider.Cost;
import dev.gooseci.provider.Usage;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.Toolbox;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostLimitTest {
    /** One dollar per thousand tokens: easy arithmetic. */
    private static final CostMeter DOLLAR_PER_K =
            usage -> Cost.of(BigDecimal.valueOf(usage.totalTokens()).divide(BigDecimal.valueOf(1000)));

    private final Toolbox toolbox = Toolbox.of(List.of(extension("t", tool("ok", args -> ToolResult.ok("fine")))));

    private AgentResult run(AgentConfig config) {
        ScriptedProvider provider = ScriptedProvider.repeating(calls(call("c", "t__ok", "{}")), 10, Usage.of(400, 100));
        return new AgentLoop(provider, toolbox, ToolGate.ALLOW_ALL, config, AgentListener.NONE)
                .run("m", "s", Conversation.of(Message.user("go")));
    }

    @Test
    void shouldStopOnceTheRunCostsMoreThanTheLimit() {
        AgentResult result = run(AgentConfig.defaults().withCostLimit(new BigDecimal("1.20"), DOLLAR_PER_K));

        assertThat(result.stopReason()).isEqualTo(new StopReason.MaxCost("$1.5000", "$1.2000"));
        assertThat(result.turns()).isEqualTo(3);
        assertThat(result.stopReason().budgetStop()).isTrue();
    }

    @Test
    void shouldNotStopOnAnUnknownPrice() {
        AgentResult result =
                run(AgentConfig.defaults().withMaxTurns(4).withCostLimit(BigDecimal.ONE, CostMeter.UNKNOWN));

        assertThat(result.stopReason()).isEqualTo(new StopReason.MaxTurns(4));
    }
}
