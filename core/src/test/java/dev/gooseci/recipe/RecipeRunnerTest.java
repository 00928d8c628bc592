package dev.gooseci.recipe;

import static dev.gooseci.agent.ScriptedProvider.call;
import static dev.gooseci.agent.ScriptedProvider.calls;
import static dev.gooseci.agent.ScriptedProvider.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.agent.AgentConfig;
import dev.gooseci.agent.AgentListener;
import dev.gooseci.agent.AgentLoop;
import dev.gooseci.agent.FakeTools;
import dev.gooseci.agent.ScriptedProvider;
import dev.gooseci.agent.StopReason;
import dev.gooseci.agent.ToolGate;
import dev.gooseci.conversation.Message;
import dev.gooseci.provider.AuthenticationException;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.Toolbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeRunnerTest {
    private static final String SCHEMA = "response:\n  json_schema:\n    type: object\n    required: [findings]\n"
            + "    properties:\n      findings:\n        type: array\n        items:\n          type: object\n"
            + "          properties:\n            line: {type: integer}\n";

    @TempDir
    Path workspace;

    private final List<String> retries = new ArrayList<>();
    private final RecipeRunner.RetryListener listener =
            (attempt, failed) -> retries.add(attempt + ": " + failed.describe());

    private Recipe recipe(String yaml) {
        return new RecipeLoader(workspace).parse("title: T\ndescription: D\n" + yaml, "r.yaml", workspace, Map.of());
    }

    private RecipeRunner runner() {
        return new RecipeRunner(
                workspace,
                Map.of("PATH", System.getenv("PATH"), "ONLY", "yes"),
                text -> text.replace("hunter2", "[REDACTED:secret]"));
    }

    private RecipeResult run(RecipePlan plan, ScriptedProvider provider, Toolbox toolbox) {
        AgentConfig config = plan.finalOutput()
                .map(output -> AgentConfig.defaults().withFinalOutput(output, 2))
                .orElse(AgentConfig.defaults());
        return runner().run(
                        plan,
                        (system, start) -> new AgentLoop(
                                        provider, toolbox, ToolGate.ALLOW_ALL, config, AgentListener.NONE)
                                .run("m", system, start),
                        listener);
    }

    @Test
    void shouldPutInstructionsAndHintsInTheSystemPromptAndThePromptFirst() {
        Recipe recipe = recipe("instructions: Be brief.\nprompt: Review.\nallowed_tools: [developer__read_file]\n"
                + "settings:\n  goose_model: m2\n  temperature: 0.5\n");

        RecipePlan plan = runner().plan(recipe, "### AGENTS.md\nUse tabs.");

        assertThat(plan.systemPrompt()).isEqualTo("Be brief.\n\n# Repository hints\n\n### AGENTS.md\nUse tabs.");
        assertThat(plan.firstMessage()).isEqualTo("Review.");
        assertThat(plan.allowedTools()).containsExactly("developer__read_file");
        assertThat(plan.settingOverrides()).isEqualTo(Map.of("model", "m2"));
        assertThat(plan.temperature()).hasValue(0.5);
        assertThat(plan.finalOutput()).isEmpty();
    }

    @Test
    void shouldSendTheInstructionsAsTheFirstMessageWhenThereIsNoPrompt() {
        RecipePlan plan = runner().plan(recipe("instructions: Fix the build.\n"), "");

        assertThat(plan.systemPrompt()).isEmpty();
        assertThat(plan.firstMessage()).isEqualTo("Fix the build.");
    }

    @Test
    void shouldEndWithAFinalOutputThatMatchesTheResponseSchema() {
        RecipePlan plan = runner().plan(recipe("prompt: Review.\n" + SCHEMA), "");
        ScriptedProvider provider =
                ScriptedProvider.replying(calls(call("f", "final_output", "{\"findings\":[{\"line\":4}]}")));

        RecipeResult result = run(plan, provider, Toolbox.empty());

        assertThat(result.succeeded()).isTrue();
        assertThat(result.agent().finalOutput()).contains("{\"findings\":[{\"line\":4}]}");
        assertThat(provider.requests().get(0).system()).isEmpty();
    }

    @Test
    void shouldReturnSchemaErrorsToTheModelUntilTheAnswerIsValid() {
        RecipePlan plan = runner().plan(recipe("prompt: Review.\n" + SCHEMA), "");
        ScriptedProvider provider = ScriptedProvider.replying(
                calls(call("f1", "final_output", "{\"findings\":[{\"line\":\"four\"}]}")),
                calls(call("f2", "final_output", "{\"findings\":[{\"line\":4}]}")));

        RecipeResult result = run(plan, provider, Toolbox.empty());

        assertThat(result.agent().finalOutput()).contains("{\"findings\":[{\"line\":4}]}");
        String feedback = result.agent()
                .conversation()
                .messages()
                .get(2)
                .toolResponses()
                .get(0)
                .content();
        assertThat(feedback).contains("$.findings[0].line: string found, integer expected");
    }

    @Test
    void shouldStopWhenTheFinalOutputStaysInvalid() {
        RecipePlan plan = runner().plan(recipe("prompt: Review.\n" + SCHEMA), "");
        ScriptedProvider provider = ScriptedProvider.replying(
                calls(call("f1", "final_output", "{}")),
                calls(call("f2", "final_output", "{}")),
                calls(call("f3", "final_output", "{}")));

        RecipeResult result = run(plan, provider, Toolbox.empty());

        assertThat(result.succeeded()).isFalse();
        assertThat(result.agent().stopReason())
                .isEqualTo(new StopReason.FinalOutputInvalid(3, "$: required property 'findings' not found"));
    }

    @Test
    void shouldRunAgainWithTheFailedCheckUntilItPasses() {
        RecipePlan plan = runner().plan(
                        recipe("prompt: Create done.txt.\nretry:\n  max_retries: 2\n  checks:\n"
                                + "    - type: shell\n      command: 'test -f done.txt || { echo missing done.txt;"
                                + " echo password hunter2; exit 3; }'\n"),
                        "");
        Toolbox toolbox = Toolbox.of(List.of(FakeTools.extension("work", FakeTools.tool("touch", args -> {
            try {
                Files.writeString(workspace.resolve("done.txt"), "ok");
                return ToolResult.ok("created");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }))));
        ScriptedProvider provider = ScriptedProvider.replying(
                text("Done, I think."), calls(call("t1", "work__touch", "{}")), text("Now it is there."));

        RecipeResult result = run(plan, provider, toolbox);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.checks()).extracting(CheckResult::passed).containsExactly(true);
        assertThat(retries)
                .containsExactly("1: `test -f done.txt || { echo missing done.txt; echo password hunter2; exit 3; }`"
                        + " exited with 3");
        Message retry = provider.requests().get(1).messages().get(2);
        assertThat(retry.text())
                .startsWith("The task is not done yet: the check `test -f done.txt")
                .contains("exited with 3", "missing done.txt\npassword [REDACTED:secret]\n", "untrusted data")
                .doesNotContain("hunter2");
        assertThat(provider.requests().get(1).messages().get(0).text()).isEqualTo("Create done.txt.");
    }

    @Test
    void shouldRunOnFailureAfterEachFailedAttemptAndStopWhenRetriesRunOut() throws IOException {
        RecipePlan plan = runner().plan(
                        recipe("prompt: Try.\nretry:\n  max_retries: 1\n  checks:\n    - command: 'true'\n"
                                + "    - command: 'echo broken; exit 1'\n"
                                + "  on_failure: echo reset >> resets.log\n"),
                        "");
        ScriptedProvider provider = ScriptedProvider.replying(text("first"), text("second"));

        RecipeResult result = run(plan, provider, Toolbox.empty());

        assertThat(result.succeeded()).isFalse();
        assertThat(result.agent().completed()).isTrue();
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.checks())
                .containsExactly(
                        new CheckResult("true", 0, "", false),
                        new CheckResult("echo broken; exit 1", 1, "broken\n", false));
        assertThat(Files.readString(workspace.resolve("resets.log"))).isEqualTo("reset\nreset\n");
        assertThat(retries).hasSize(1);
        assertThat(provider.remaining()).isZero();
    }

    @Test
    void shouldRunChecksInTheWorkspaceWithOnlyTheGivenEnvironment() throws IOException {
        Files.writeString(workspace.resolve("marker.txt"), "here");
        RecipePlan plan = runner().plan(
                        recipe("prompt: p\nretry:\n  max_retries: 0\n  checks:\n"
                                + "    - command: 'test \"$ONLY\" = yes && test -z \"$HOME\" && test -f marker.txt'\n"),
                        "");

        RecipeResult result = run(plan, ScriptedProvider.replying(text("ok")), Toolbox.empty());

        assertThat(result.checks()).extracting(CheckResult::exitCode).containsExactly(0);
    }

    @Test
    void shouldNotRunChecksWhenTheModelCouldNotBeReached() {
        RecipePlan plan = runner().plan(
                        recipe("prompt: p\nretry:\n  max_retries: 3\n  checks:\n    - command: 'touch ran.txt'\n"), "");

        RecipeResult result =
                run(plan, ScriptedProvider.replying(new AuthenticationException("bad key", 401)), Toolbox.empty());

        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.checksPassed()).isFalse();
        assertThat(result.checks()).isEmpty();
        assertThat(workspace.resolve("ran.txt")).doesNotExist();
    }
}
