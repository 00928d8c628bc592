package dev.gooseci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GooseCliTest {
    @TempDir
    Path home;

    @TempDir
    Path workspace;

    private Map<String, String> env;

    @BeforeEach
    void hermeticEnvironment() {
        env = Map.of("HOME", home.toString(), "DEPLOY_TOKEN", "tok-0123456789abcdef");
    }

    private Path fixture(String name) throws IOException {
        Path target = workspace.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("GooseCliTest/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    private CliRun run(String stdin, String... args) {
        String[] withWorkspace = Arrays.copyOf(args, args.length + 2);
        withWorkspace[args.length] = "--workspace";
        withWorkspace[args.length + 1] = workspace.toString();
        return CliRun.of(env, stdin, args[0].equals("run") ? withWorkspace : args);
    }

    @Test
    void shouldPrintTheVersion() {
        CliRun result = run("", "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("goose-ci ").contains("Java");
    }

    @Test
    void shouldSayWhichProvidersAreConfiguredAndWhatToSetForTheOthers() {
        env = Map.of("HOME", home.toString(), "OPENAI_API_KEY", "sk-test");

        CliRun result = run("", "providers");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .containsPattern("openai +openai +\\S+ +yes \\(key from OPENAI_API_KEY\\)")
                .containsPattern("anthropic +anthropic +\\S+ +no: set ANTHROPIC_API_KEY")
                .containsPattern("ollama +ollama +\\S+ +yes \\(no key needed; http://localhost:11434\\)")
                .doesNotContain("sk-test");
    }

    @Test
    void shouldAnswerFromAReplayedTranscriptAndRedactSecretsFromTheEnvironment() throws IOException {
        Path transcript = fixture("answer.jsonl");

        CliRun result = run("", "run", "--replay", transcript.toString(), "-t", "What is 2+2?");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("4, and the token is [REDACTED:secret].");
        assertThat(result.out()).doesNotContain("tok-0123456789abcdef");
    }

    @Test
    void shouldReadTheTaskFromStandardInput() throws IOException {
        Path transcript = fixture("answer.jsonl");

        CliRun result = run("What is 2+2?", "run", "--replay", transcript.toString(), "-i", "-");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("4,");
    }

    @Test
    void shouldPrintOneJsonDocumentWithStopReasonAndUsage() throws IOException {
        Path transcript = fixture("answer.jsonl");

        CliRun result =
                run("", "run", "--replay", transcript.toString(), "-t", "What is 2+2?", "--output-format", "json");

        JsonNode summary = Json.parse(result.out().strip(), "output");
        assertThat(summary.path("completed").asBoolean()).isTrue();
        assertThat(summary.path("stop_reason").asText()).isEqualTo("completed");
        assertThat(summary.path("turns").asInt()).isEqualTo(1);
        assertThat(summary.path("usage").path("input_tokens").asLong()).isEqualTo(9);
        assertThat(summary.path("cost_usd").isNull()).isTrue();
        assertThat(summary.path("text").asText()).contains("[REDACTED:secret]");
    }

    @Test
    void shouldStreamEventsAndStopWithTheBudgetExitCode() throws IOException {
        Path transcript = fixture("loops.jsonl");

        CliRun result = run(
                "",
                "run",
                "--replay",
                transcript.toString(),
                "-t",
                "Read a and b.",
                "--max-turns",
                "2",
                "--output-format",
                "stream-json");

        assertThat(result.exitCode()).isEqualTo(ExitCode.BUDGET_STOP.code());
        List<JsonNode> events =
                result.out().lines().map(line -> Json.parse(line, "event")).toList();
        assertThat(events)
                .extracting(e -> e.path("type").asText())
                .containsExactly("turn", "tool_call", "turn", "tool_call", "result");
        assertThat(events.get(1).path("name").asText()).isEqualTo("developer__read_file");
        assertThat(events.get(1).path("is_error").asBoolean()).isTrue();
        assertThat(events.get(4).path("stop_reason").asText()).isEqualTo("max_turns");
        assertThat(result.err()).contains("stopped after 2 turns");
    }

    @ParameterizedTest(name = "{0} -> exit {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "run -t hi --provider nope           | 2 | unknown provider 'nope'; choose one of openai",
                "run -t hi --provider anthropic      | 2 | set ANTHROPIC_API_KEY",
                "run -t ''                           | 2 | the task is empty",
                "run -i missing.md                   | 2 | missing.md does not exist",
                "run -t hi --output-format yaml      | 2 | unknown output format 'yaml'",
                "run                                 | 2 | Missing required argument",
                "run -t hi --replay nowhere.jsonl    | 2 | nowhere.jsonl"
            })
    void shouldExplainBadInputAndExitWithTwo(String args, int code, String message) {
        String[] split = Arrays.stream(args.trim().split(" +"))
                .map(arg -> arg.equals("''") ? "" : arg)
                .toArray(String[]::new);

        CliRun result = run("", split);

        assertThat(result.exitCode()).isEqualTo(code);
        assertThat(result.err()).contains(message);
    }

    @Test
    void shouldRefuseACostLimitOnAModelWithoutAPrice() throws IOException {
        Files.createDirectories(workspace.resolve(".goose"));
        Files.writeString(workspace.resolve(".goose/config.yaml"), "limits:\n  max_cost_usd: 0.5\n");
        env = Map.of("HOME", home.toString(), "OPENAI_API_KEY", "sk-test");

        CliRun result = run("", "run", "-t", "hi", "--provider", "openai", "--model", "my-custom-model");

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(result.err())
                .contains("the price of openai model 'my-custom-model' is unknown")
                .contains("prices.my-custom-model.input");
    }

    @Test
    void shouldNameTheTurnAndFieldWhenTheReplayDoesNotMatch() throws IOException {
        Path transcript = fixture("answer.jsonl");

        CliRun result = run("", "run", "--replay", transcript.toString(), "-t", "What is 3+3?");

        assertThat(result.exitCode()).isEqualTo(ExitCode.PROVIDER_ERROR.code());
        assertThat(result.err()).contains("turn 1: request differs at messages[0].content[0].text");
        assertThat(result.out()).isEmpty();
    }
}
