package dev.gooseci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code goose-ci run --recipe}, driven by replayed transcripts: parameters, instructions as the system prompt, the
 * response schema, retry checks (run with bash), allowed tools, settings under the flags, and bad recipes.
 */
class RunRecipeITest {
    @TempDir
    Path home;

    @TempDir
    Path workspace;

    private Map<String, String> env;

    @BeforeEach
    void hermeticEnvironment() {
        env = Map.of("HOME", home.toString(), "PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    }

    private Path resource(String name) throws IOException {
        Path copy = home.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("RunRecipeITest/" + name)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("run"));
        all.addAll(Arrays.asList(args));
        all.addAll(List.of("--workspace", workspace.toString()));
        return CliRun.of(env, "", all.toArray(String[]::new));
    }

    private CliRun writeReport(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "--recipe",
                resource("write_report.yaml").toString(),
                "--params",
                "file_name=report.txt",
                "--replay",
                resource("write_report.jsonl").toString()));
        args.addAll(Arrays.asList(extra));
        return run(args.toArray(String[]::new));
    }

    @Test
    void shouldRetryUntilTheCheckPassesAndEndWithSchemaValidOutput() throws IOException {
        // when
        CliRun result = writeReport("--output-format", "stream-json");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<JsonNode> events =
                result.out().lines().map(line -> Json.parse(line, "event")).toList();
        List<JsonNode> calls = events.stream()
                .filter(e -> e.path("type").asText().equals("tool_call"))
                .toList();
        assertThat(calls)
                .extracting(
                        e -> e.path("name").asText() + " " + e.path("is_error").asBoolean())
                .containsExactly(
                        "final_output true", "final_output false", "developer__write_file false", "final_output false");
        assertThat(calls.get(0).path("result").asText())
                .startsWith("The final output does not match its schema: $.summary: integer found, string expected");
        JsonNode summary = events.get(events.size() - 1);
        assertThat(Json.parse(summary.path("text").asText(), "final output"))
                .isEqualTo(Json.parse("{\"summary\":\"Wrote report.txt.\"}", "expected"));
        assertThat(summary.path("attempts").asInt()).isEqualTo(2);
        assertThat(summary.path("checks_passed").asBoolean()).isTrue();
        assertThat(workspace.resolve("report.txt")).hasContent("all good");
        assertThat(result.err())
                .contains("goose-ci: the check `test -f report.txt` exited with 1 after attempt 1; running the recipe"
                        + " again");
    }

    @Test
    void shouldSendTheInstructionsAsSystemPromptWithTheTemperatureAndAuditTheRetry() throws IOException {
        // given
        Path recorded = home.resolve("recorded.jsonl");
        Path audit = home.resolve("audit.jsonl");

        // when
        CliRun result = writeReport("--record", recorded.toString(), "--audit", audit.toString());

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode request =
                Json.parse(Files.readAllLines(recorded).get(1), "turn").path("request");
        assertThat(request.path("system").asText())
                .isEqualTo(AgentSession.SYSTEM_PROMPT + "\n\nYou write short reports. Finish by calling final_output.");
        assertThat(request.path("temperature").asDouble()).isEqualTo(0.2);
        List<String> tools = new ArrayList<>();
        request.path("tools").forEach(tool -> tools.add(tool.path("name").asText()));
        assertThat(tools).contains("developer__write_file", "final_output");
        JsonNode retry = Files.readAllLines(audit).stream()
                .map(line -> Json.parse(line, "audit"))
                .filter(e -> e.path("event").asText().equals("retry"))
                .findFirst()
                .orElseThrow();
        assertThat(retry.path("attempt").asInt()).isEqualTo(1);
        assertThat(retry.path("check").asText()).isEqualTo("test -f report.txt");
        assertThat(retry.path("exit_code").asInt()).isEqualTo(1);
    }

    @Test
    void shouldDenyToolsOutsideTheRecipesAllowedTools() throws IOException {
        // given
        Files.writeString(workspace.resolve("notes.txt"), "ship it\n");

        // when
        CliRun result = run(
                "--recipe",
                resource("read_only.yaml").toString(),
                "--replay",
                resource("read_only.jsonl").toString(),
                "--output-format",
                "stream-json");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<JsonNode> events =
                result.out().lines().map(line -> Json.parse(line, "event")).toList();
        assertThat(events.get(1).path("type").asText()).isEqualTo("tool_denied");
        assertThat(events.get(1).path("reason").asText())
                .isEqualTo("tool developer__shell is not in the recipe's allowed_tools (developer__read_file); use one"
                        + " of those");
        assertThat(events.get(4).path("name").asText()).isEqualTo("developer__read_file");
        assertThat(events.get(4).path("result").asText()).contains("ship it");
    }

    @ParameterizedTest(name = "{0} -> exit {1}")
    @CsvSource({"'', 4", "'--max-turns,3', 0"})
    void shouldApplyTheRecipeSettingsUnderTheFlags(String flags, int exitCode) throws IOException {
        // given: the recipe allows one turn; the transcript needs three
        Files.writeString(workspace.resolve("notes.txt"), "ship it\n");
        List<String> args = new ArrayList<>(List.of(
                "--recipe",
                resource("one_turn.yaml").toString(),
                "--replay",
                resource("read_only.jsonl").toString()));
        if (!flags.isEmpty()) {
            args.addAll(Arrays.asList(flags.split(",")));
        }

        // when
        CliRun result = run(args.toArray(String[]::new));

        // then
        assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
        if (exitCode == 4) {
            assertThat(result.err()).contains("stopped after 1 turn");
        } else {
            assertThat(result.out()).isEqualTo("The notes say: ship it.\n");
        }
    }

    @Test
    void shouldFailWithTheGateCodeWhenTheChecksStillFail() throws IOException {
        // given: a recipe whose check can never pass, and no retries
        Path recipe = Files.writeString(
                home.resolve("never.yaml"),
                String.join(
                        "\n",
                        "title: Never",
                        "description: Its check always fails.",
                        "prompt: What do the notes say?",
                        "retry:",
                        "  max_retries: 0",
                        "  checks:",
                        "    - type: shell",
                        "      command: exit 3"));
        Files.writeString(workspace.resolve("notes.txt"), "ship it\n");

        // when
        CliRun result = run(
                "--recipe",
                recipe.toString(),
                "--replay",
                resource("read_only.jsonl").toString());

        // then
        assertThat(result.exitCode()).isEqualTo(ExitCode.GATE_FAILED.code());
        assertThat(result.err()).contains("goose-ci: the recipe's check `exit 3` exited with 3 after 1 attempt");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "requirement: sometimes | line 7: parameters[0].requirement: 'sometimes' is not one of required,"
                        + " optional, user_prompt",
                "requirement: required  | line 4: parameters: the value for 'modul' was given, but the recipe declares"
                        + " no such parameter; declared are module"
            })
    void shouldNameTheFieldAndLineOfABadRecipeAndExitWithTwo(String requirement, String message) throws IOException {
        // given
        Path recipe = Files.writeString(
                home.resolve("bad.yaml"),
                String.join(
                        "\n",
                        "title: Bad",
                        "description: A recipe with a broken parameter.",
                        "prompt: Review {{ module }}.",
                        "parameters:",
                        "  - key: module",
                        "    input_type: string",
                        "    " + requirement,
                        "    description: the module"));

        // when
        CliRun result = run("--recipe", recipe.toString(), "--params", "modul=core");

        // then
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(result.err()).contains(recipe.toString()).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--recipe r.yaml -t hi      | mutually exclusive",
                "-t hi --params module=core | --params sets recipe parameters; use it with --recipe FILE"
            })
    void shouldRefuseConflictingInputs(String args, String message) {
        // when
        CliRun result = run(args.trim().split(" +"));

        // then
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(result.err()).contains(message);
    }

    @Test
    void shouldSayInTheHelpThatATaskComesFromExactlyOneSource() {
        // when
        CliRun result = CliRun.of(env, "", "run", "--help");

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("exactly one of -t, -i or --recipe")
                .contains("--params=KEY=VALUE")
                .contains("--audit=FILE");
    }
}
