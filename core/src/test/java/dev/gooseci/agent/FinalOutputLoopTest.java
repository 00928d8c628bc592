package dev.gooseci.agent;

import static dev.gooseci.agent.ScriptedProvider.call;
import static dev.gooseci.agent.ScriptedProvider.calls;
import static dev.gooseci.agent.ScriptedProvider.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.tool.ToolSpec;
import dev.gooseci.tool.Toolbox;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FinalOutputLoopTest {
    /** Accepts JSON that contains a "findings" field; a stand-in for schema validation. */
    private static final FinalOutput NEEDS_FINDINGS = new FinalOutput() {
        @Override
        public ToolSpec spec() {
            return new ToolSpec(TOOL_NAME, "Return the findings.", "{\"type\":\"object\",\"required\":[\"findings\"]}");
        }

        @Override
        public Optional<String> validate(String json) {
            return json.contains("\"findings\"")
                    ? Optional.empty()
                    : Optional.of("required property 'findings' is missing");
        }
    };

    private static AgentResult run(ScriptedProvider provider, int retries) {
        AgentConfig config = AgentConfig.defaults().withFinalOutput(NEEDS_FINDINGS, retries);
        return new AgentLoop(provider, Toolbox.empty(), ToolGate.ALLOW_ALL, config, AgentListener.NONE)
                .run("m", "s", Conversation.of(Message.user("Review.")));
    }

    @Test
    void shouldOfferTheFinalOutputToolAndAcceptAValidAnswer() {
        ScriptedProvider provider = ScriptedProvider.replying(calls(call("f", "final_output", "{\"findings\":[]}")));

        AgentResult result = run(provider, 2);

        assertThat(result.completed()).isTrue();
        assertThat(result.finalOutput()).contains("{\"findings\":[]}");
        assertThat(provider.requests().get(0).tools())
                .extracting(ToolSpec::name)
                .containsExactly("final_output");
    }

    @Test
    void shouldReturnValidationErrorsAndAcceptTheCorrectedAnswer() {
        ScriptedProvider provider = ScriptedProvider.replying(
                calls(call("f1", "final_output", "{\"issues\":[]}")),
                calls(call("f2", "final_output", "{\"findings\":[1]}")));

        AgentResult result = run(provider, 2);

        assertThat(result.finalOutput()).contains("{\"findings\":[1]}");
        String feedback =
                result.conversation().messages().get(2).toolResponses().get(0).content();
        assertThat(feedback).contains("required property 'findings' is missing");
    }

    @Test
    void shouldStopWithAClearReasonWhenRetriesRunOut() {
        ScriptedProvider provider = ScriptedProvider.replying(
                calls(call("f1", "final_output", "{}")), calls(call("f2", "final_output", "{}")), text("unused"));

        AgentResult result = run(provider, 1);

        assertThat(result.stopReason())
                .isEqualTo(new StopReason.FinalOutputInvalid(2, "required property 'findings' is missing"));
        assertThat(provider.remaining()).isEqualTo(1);
    }

    @Test
    void shouldRemindAModelThatAnswersInProseAndStopAfterTheRetries() {
        ScriptedProvider provider = ScriptedProvider.replying(text("Looks fine."), text("Still fine."), text("Fine!"));

        AgentResult result = run(provider, 1);

        assertThat(result.stopReason()).isInstanceOf(StopReason.FinalOutputInvalid.class);
        assertThat(result.conversation().messages().get(2).text()).contains("You have not called final_output");
        assertThat(provider.remaining()).isEqualTo(1);
    }
}
