package dev.gooseci.agent;

import static dev.gooseci.agent.FakeTools.extension;
import static dev.gooseci.agent.FakeTools.tool;
import static dev.gooseci.agent.ScriptedProvider.call;
import static dev.gooseci.agent.ScriptedProvider.calls;
import static dev.gooseci.agent.ScriptedProvider.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.AuthenticationException;
import dev.gooseci.provider.Usage;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.ToolSpec;
import dev.gooseci.tool.Toolbox;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AgentLoopTest {
    private static final Conversation TASK = Conversation.of(Message.user("Read the README."));

    private final Toolbox toolbox = Toolbox.of(List.of(extension(
            "developer",
            tool("echo", args -> ToolResult.ok("echo " + args.path("text").asText())),
            tool("fail", args -> ToolResult.error("disk on fire")))));

    private static AgentResult run(ScriptedProvider provider, Toolbox toolbox, ToolGate gate, AgentConfig config) {
        return new AgentLoop(provider, toolbox, gate, config, AgentListener.NONE).run("m", "system", TASK);
    }

    @Test
    void shouldAppendToolResultsInRequestOrderAndStopWhenTheModelIsDone() {
        // given
        ScriptedProvider provider = ScriptedProvider.replying(
                calls(
                        call("a", "developer__echo", "{\"text\":\"one\"}"),
                        call("b", "developer__echo", "{\"text\":\"two\"}")),
                text("All done."));

        // when
        AgentResult result = run(provider, toolbox, ToolGate.ALLOW_ALL, AgentConfig.defaults());

        // then
        assertThat(result.stopReason()).isEqualTo(new StopReason.Completed());
        assertThat(result.turns()).isEqualTo(2);
        assertThat(result.lastText()).isEqualTo("All done.");
        List<ToolResponse> responses = result.conversation().messages().get(2).toolResponses();
        assertThat(responses).containsExactly(ToolResponse.ok("a", "echo one"), ToolResponse.ok("b", "echo two"));
        assertThat(provider.requests().get(1).messages()).hasSize(3);
        assertThat(provider.requests().get(0).tools())
                .extracting(ToolSpec::name)
                .containsExactly("developer__echo", "developer__fail");
        assertThat(result.usage()).isEqualTo(Usage.of(20, 10));
    }

    @Test
    void shouldRunTheToolCallsOfOneReplyAtTheSameTime() {
        // given: each call waits until all three have started, which only happens when they run in parallel
        CountDownLatch started = new CountDownLatch(3);
        Toolbox barrier = Toolbox.of(List.of(extension("t", tool("wait", args -> {
            started.countDown();
            try {
                return started.await(10, TimeUnit.SECONDS) ? ToolResult.ok("met") : ToolResult.error("ran alone");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ToolResult.error("interrupted");
            }
        }))));
        ScriptedProvider provider = ScriptedProvider.replying(
                calls(
                        call("1", "t__wait", "{\"n\":1}"),
                        call("2", "t__wait", "{\"n\":2}"),
                        call("3", "t__wait", "{\"n\":3}")),
                text("ok"));

        // when
        AgentResult result = run(provider, barrier, ToolGate.ALLOW_ALL, AgentConfig.defaults());

        // then
        assertThat(result.conversation().messages().get(2).toolResponses())
                .extracting(ToolResponse::content)
                .containsExactly("met", "met", "met");
    }

    @Test
    void shouldReturnADenialToTheModelAsAnErrorAndGoOn() {
        // given
        ToolGate denyFail = (request, tool) ->
                request.name().endsWith("fail") ? Optional.of("fail is not on the allowlist") : Optional.empty();
        ScriptedProvider provider = ScriptedProvider.replying(
                calls(call("a", "developer__fail", "{}"), call("b", "developer__echo", "{\"text\":\"x\"}")),
                text("I could not run fail."));

        // when
        AgentResult result = run(provider, toolbox, denyFail, AgentConfig.defaults());

        // then
        assertThat(result.completed()).isTrue();
        assertThat(result.conversation().messages().get(2).toolResponses())
                .containsExactly(
                        ToolResponse.error("a", "fail is not on the allowlist"), ToolResponse.ok("b", "echo x"));
    }

    @Test
    void shouldStopAtMaxTurnsAndKeepWhatWasDone() {
        // given: a model that never stops calling tools
        AtomicInteger n = new AtomicInteger();
        ScriptedProvider provider = ScriptedProvider.repeating(
                calls(call("c", "developer__echo", "{\"text\":\"again\"}")), 10, Usage.of(1, 1));
        Toolbox counting = Toolbox.of(List.of(extension(
                "developer", tool("echo", args -> ToolResult.ok("call " + n.incrementAndGet())))));

        // when
        AgentResult result = run(
                provider, counting, ToolGate.ALLOW_ALL, AgentConfig.defaults().withMaxTurns(2));

        // then
        assertThat(result.stopReason()).isEqualTo(new StopReason.MaxTurns(2));
        assertThat(result.stopReason().budgetStop()).isTrue();
        assertThat(result.turns()).isEqualTo(2);
        assertThat(result.conversation().messages()).hasSize(5);
        assertThat(provider.remaining()).isEqualTo(8);
    }

    @Test
    void shouldStopWhenTokensPassTheLimit() {
        ScriptedProvider provider =
                ScriptedProvider.repeating(calls(call("c", "developer__echo", "{}")), 5, Usage.of(600, 100));

        AgentResult result = run(
                provider, toolbox, ToolGate.ALLOW_ALL, AgentConfig.defaults().withMaxTokens(1000));

        assertThat(result.stopReason()).isEqualTo(new StopReason.MaxTokens(1400, 1000));
        assertThat(result.turns()).isEqualTo(2);
    }

    @Test
    void shouldStopAtTheTimeLimitBeforeTheNextTurn() {
        // given: a clock that jumps a minute on every reading after the first
        AtomicLong now = new AtomicLong();
        ScriptedProvider provider =
                ScriptedProvider.repeating(calls(call("c", "developer__echo", "{}")), 5, Usage.ZERO);
        AgentConfig config = AgentConfig.defaults().withTimeout(Duration.ofSeconds(90));
        AgentLoop loop = new AgentLoop(
                provider,
                toolbox,
                ToolGate.ALLOW_ALL,
                config,
                AgentListener.NONE,
                () -> now.getAndAdd(Duration.ofSeconds(60).toNanos()));

        // when
        AgentResult result = loop.run("m", "s", TASK);

        // then
        assertThat(result.stopReason()).isEqualTo(new StopReason.Timeout(Duration.ofSeconds(90)));
        assertThat(result.turns()).isBetween(1, 2);
    }

    @Test
    void shouldDenyTheThirdIdenticalCallInARow() {
        ScriptedProvider provider =
                ScriptedProvider.repeating(calls(call("c", "developer__echo", "{\"text\":\"same\"}")), 3, Usage.ZERO);

        AgentResult result = run(
                provider, toolbox, ToolGate.ALLOW_ALL, AgentConfig.defaults().withMaxTurns(3));

        List<Message> messages = result.conversation().messages();
        assertThat(messages.get(2).toolResponses().get(0).isError()).isFalse();
        assertThat(messages.get(4).toolResponses().get(0).isError()).isFalse();
        ToolResponse third = messages.get(6).toolResponses().get(0);
        assertThat(third.isError()).isTrue();
        assertThat(third.content()).contains("identical arguments 3 times in a row");
    }

    @Test
    void shouldDisableAToolAfterThreeIdenticalErrors() {
        // given: different arguments each time, so only the identical-error rule can fire
        ScriptedProvider provider = ScriptedProvider.replying(
                calls(call("1", "developer__fail", "{\"n\":1}")),
                calls(call("2", "developer__fail", "{\"n\":2}")),
                calls(call("3", "developer__fail", "{\"n\":3}")),
                calls(call("4", "developer__fail", "{\"n\":4}")),
                text("giving up"));

        AgentResult result = run(provider, toolbox, ToolGate.ALLOW_ALL, AgentConfig.defaults());

        assertThat(result.conversation()
                        .messages()
                        .get(6)
                        .toolResponses()
                        .get(0)
                        .content())
                .isEqualTo("disk on fire");
        assertThat(result.conversation()
                        .messages()
                        .get(8)
                        .toolResponses()
                        .get(0)
                        .content())
                .contains("disabled for the rest of this run");
    }

    @Test
    void shouldStopWithTheProviderFailureAndKeepTheConversation() {
        ScriptedProvider provider = ScriptedProvider.replying(
                calls(call("a", "developer__echo", "{}")),
                new AuthenticationException("bad key; set OPENAI_API_KEY", 401));

        AgentResult result = run(provider, toolbox, ToolGate.ALLOW_ALL, AgentConfig.defaults());

        assertThat(result.stopReason()).isEqualTo(new StopReason.ProviderFailed("bad key; set OPENAI_API_KEY", true));
        assertThat(result.conversation().messages()).hasSize(3);
    }

    @Test
    void shouldStopAtOnceWhenCancelled() {
        ScriptedProvider provider = ScriptedProvider.replying(text("never sent"));
        AgentLoop loop =
                new AgentLoop(provider, toolbox, ToolGate.ALLOW_ALL, AgentConfig.defaults(), AgentListener.NONE);

        loop.cancel();
        AgentResult result = loop.run("m", "s", TASK);

        assertThat(result.stopReason()).isEqualTo(new StopReason.Cancelled());
        assertThat(provider.requests()).isEmpty();
    }
}
