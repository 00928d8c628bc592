package dev.gooseci.agent;

import static dev.gooseci.agent.FakeTools.extension;
import static dev.gooseci.agent.FakeTools.tool;
import static dev.gooseci.agent.ScriptedProvider.call;
import static dev.gooseci.agent.ScriptedProvider.calls;
import static dev.gooseci.agent.ScriptedProvider.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ContextTooLongException;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.Toolbox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompactorTest {
    private static final Message TASK = Message.user("Find the bug in src/Main.java.");
    private static final String SUMMARY = "## Goal\nFind the bug.\n## Critical context\nsrc/Main.java:12 NPE";

    private final List<String> compactions = new ArrayList<>();
    private final AgentListener listener = new AgentListener() {
        @Override
        public void onCompacted(int before, int after, boolean summarised) {
            compactions.add(before + "->" + after + (summarised ? " summarised" : " dropped"));
        }
    };

    private static Toolbox toolbox(String output) {
        return Toolbox.of(List.of(extension("dev", tool("read", args -> ToolResult.ok(output + args)))));
    }

    private AgentResult run(
            ScriptedProvider provider, Toolbox toolbox, int window, double threshold, TokenCounter tokens) {
        AgentConfig config = AgentConfig.defaults().withContext(window, threshold);
        return new AgentLoop(provider, toolbox, ToolGate.ALLOW_ALL, config, listener, tokens)
                .run("m", "system", Conversation.of(TASK));
    }

    private static ToolRequest read(int n) {
        return call("c" + n, "dev__read", "{\"n\":" + n + "}");
    }

    @Test
    void shouldSummariseOnceTheRequestPassesTheThreshold() {
        // given: 100 tokens a message against a limit of 500, so the fourth turn (7 messages) is the first over
        ScriptedProvider provider = ScriptedProvider.replying(
                calls(read(1)), calls(read(2)), calls(read(3)), text(SUMMARY), text("The bug is on line 12."));
        TokenCounter perMessage = request -> request.messages().size() * 100L;

        // when
        AgentResult result = run(provider, toolbox("content "), 1000, 0.5, perMessage);

        // then: turns 1-3 went as they were (the third at exactly the limit), then the summary call, then turn 4
        assertThat(result.stopReason()).isEqualTo(new StopReason.Completed());
        List<ChatRequest> requests = provider.requests();
        assertThat(requests).hasSize(5);
        assertThat(requests.get(2).messages()).hasSize(5);
        ChatRequest summary = requests.get(3);
        assertThat(summary.tools()).isEmpty();
        assertThat(summary.system()).isEqualTo(SummaryPrompt.SYSTEM);
        assertThat(summary.messages()).hasSize(1);
        assertThat(summary.messages().get(0).text())
                .contains("[user] Find the bug in src/Main.java.")
                .contains("[tool call c2] dev__read {\"n\":2}", "[tool result c2] content {\"n\":2}")
                .doesNotContain("c3")
                .contains("## Goal", "## Constraints", "## Progress", "## Key decisions", "## Next steps")
                .contains("## Critical context", "Keep file paths, identifiers, commands and error messages exact");
        List<Message> next = requests.get(4).messages();
        assertThat(next)
                .containsExactly(
                        TASK,
                        Message.user(SummaryPrompt.SUMMARY_HEADER + SUMMARY),
                        Message.assistant(List.of(read(3))),
                        Message.toolResponses(List.of(ToolResponse.ok("c3", "content {\"n\":3}"))));
        assertPaired(next);
        assertThat(compactions).containsExactly("7->4 summarised");
    }

    @Test
    void shouldDropToolOutputFromTheMiddleOutWhenTheSummaryCallOverflows() {
        // given: tokens are the characters of tool results; 300 a result against a limit of 900
        ScriptedProvider provider = ScriptedProvider.replying(
                calls(read(1)),
                calls(read(2)),
                calls(read(3)),
                calls(read(4)),
                new ContextTooLongException("prompt is too long: 250000 tokens > 200000 maximum", 400),
                text("done"));
        TokenCounter resultChars = request -> request.messages().stream()
                .flatMap(message -> message.toolResponses().stream())
                .mapToLong(response -> response.content().length())
                .sum();
        String padding = "x".repeat(300 - "{\"n\":1}".length());

        // when
        AgentResult result = run(provider, toolbox(padding), 1000, 0.9, resultChars);

        // then: the summary call was tried, then results 2 and 1 were dropped; 3 and the latest, 4, are whole
        assertThat(result.completed()).isTrue();
        List<ChatRequest> requests = provider.requests();
        assertThat(requests).hasSize(6);
        assertThat(requests.get(4).system()).isEqualTo(SummaryPrompt.SYSTEM);
        List<Message> sent = requests.get(5).messages();
        assertThat(sent).hasSize(9);
        assertThat(sent.get(0)).isEqualTo(TASK);
        assertThat(sent.stream().flatMap(m -> m.toolResponses().stream()).map(ToolResponse::content))
                .containsExactly(
                        ToolOutputDrop.PLACEHOLDER,
                        ToolOutputDrop.PLACEHOLDER,
                        padding + "{\"n\":3}",
                        padding + "{\"n\":4}");
        assertPaired(sent);
        assertThat(compactions).containsExactly("9->9 dropped");
    }

    @Test
    void shouldCompactAndRetryTheTurnOnceWhenTheProviderSaysTheContextIsTooLong() {
        // given: an estimate that always fits, and a provider that disagrees once
        ScriptedProvider provider = ScriptedProvider.replying(
                calls(read(1)),
                calls(read(2)),
                new ContextTooLongException("maximum context length exceeded", 400),
                text(SUMMARY),
                text("done"));

        // when
        AgentResult result = run(provider, toolbox("content "), 128_000, 0.8, request -> 0);

        // then
        assertThat(result.stopReason()).isEqualTo(new StopReason.Completed());
        assertThat(result.turns()).isEqualTo(3);
        List<ChatRequest> requests = provider.requests();
        assertThat(requests).hasSize(5);
        assertThat(requests.get(2).messages()).hasSize(5);
        assertThat(requests.get(4).messages())
                .containsExactly(
                        TASK,
                        Message.user(SummaryPrompt.SUMMARY_HEADER + SUMMARY),
                        Message.assistant(List.of(read(2))),
                        Message.toolResponses(List.of(ToolResponse.ok("c2", "content {\"n\":2}"))));
        assertThat(result.conversation().messages()).hasSize(5);
    }

    @Test
    void shouldStopWhenTheRetriedTurnIsStillTooLong() {
        ContextTooLongException tooLong = new ContextTooLongException("maximum context length exceeded", 400);
        ScriptedProvider provider =
                ScriptedProvider.replying(calls(read(1)), calls(read(2)), tooLong, text(SUMMARY), tooLong);

        AgentResult result = run(provider, toolbox("content "), 128_000, 0.8, request -> 0);

        assertThat(result.stopReason())
                .isEqualTo(new StopReason.ProviderFailed("maximum context length exceeded", false));
        assertThat(provider.requests()).hasSize(5);
    }

    @Test
    void shouldStopWithoutAnExtraCallWhenThereIsNothingToCompact() {
        ScriptedProvider provider =
                ScriptedProvider.replying(new ContextTooLongException("maximum context length exceeded", 400));

        AgentResult result = run(provider, toolbox("content "), 128_000, 0.8, request -> 0);

        assertThat(result.stopReason()).isInstanceOf(StopReason.ProviderFailed.class);
        assertThat(provider.requests()).hasSize(1);
    }

    @Test
    void shouldClipLongToolResultsInTheSummaryTranscript() {
        String transcript = SummaryPrompt.transcript(List.of(
                TASK,
                Message.assistant(List.of(read(1))),
                Message.toolResponses(List.of(ToolResponse.error("c1", "a".repeat(1000) + "b".repeat(4000))))));

        assertThat(transcript)
                .isEqualTo("[user] Find the bug in src/Main.java.\n"
                        + "[tool call c1] dev__read {\"n\":1}\n"
                        + "[tool error c1] " + "a".repeat(1000) + "[... 3000 characters not shown ...]"
                        + "b".repeat(1000) + "\n");
    }

    @Test
    void shouldOrderMessagesFromTheMiddleOutward() {
        assertThat(ToolOutputDrop.middleOutward(5)).containsExactly(2, 1, 3, 0, 4);
        assertThat(ToolOutputDrop.middleOutward(4)).containsExactly(2, 1, 3, 0);
    }

    /** Every tool request is answered in the next message, and every response follows its request. */
    private static void assertPaired(List<Message> messages) {
        for (int i = 0; i < messages.size(); i++) {
            List<String> requested =
                    messages.get(i).toolRequests().stream().map(ToolRequest::id).toList();
            if (!requested.isEmpty()) {
                assertThat(messages).hasSizeGreaterThan(i + 1);
                assertThat(messages.get(i + 1).toolResponses())
                        .extracting(ToolResponse::id)
                        .containsExactlyElementsOf(requested);
            }
            List<String> answered = messages.get(i).toolResponses().stream()
                    .map(ToolResponse::id)
                    .toList();
            if (!answered.isEmpty()) {
                assertThat(i).isPositive();
                assertThat(messages.get(i - 1).toolRequests())
                        .extracting(ToolRequest::id)
                        .containsExactlyElementsOf(answered);
            }
        }
    }
}
