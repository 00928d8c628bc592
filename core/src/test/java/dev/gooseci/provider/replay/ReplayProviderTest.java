package dev.gooseci.provider.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.Usage;
import dev.gooseci.tool.ToolSpec;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReplayProviderTest {
    private static final String MODEL = "claude-sonnet-4";
    private static final String SYSTEM = "You review code.";
    private static final ToolSpec READ = new ToolSpec("developer__read_file", "Reads a file.", "{\"type\":\"object\"}");
    private static final ChatRequest TURN_1 =
            ChatRequest.of(MODEL, SYSTEM, List.of(ask("Review Foo.java")), List.of(READ));
    private static final ChatRequest TURN_2 =
            turn2(ask("Review Foo.java"), call("{\"path\":\"Foo.java\"}"), result(false));

    private static Message ask(String text) {
        return Message.user(text);
    }

    private static Message call(String arguments) {
        return Message.assistant(List.of(new ToolRequest("call_1", "developer__read_file", arguments)));
    }

    private static Message result(boolean isError) {
        return Message.toolResponses(List.of(new ToolResponse("call_1", "class Foo {}", isError)));
    }

    private static ChatRequest turn2(Message... messages) {
        return ChatRequest.of(MODEL, SYSTEM, List.of(messages), List.of(READ));
    }

    private ReplayProvider review() {
        return ReplayProvider.fromFile(Fixtures.path(getClass(), "review.jsonl"));
    }

    @Test
    void shouldPlayTheRecordedResponsesForTheRecordedRequests() {
        // given
        ReplayProvider replay = review();

        // when
        ChatResponse first = replay.complete(TURN_1);
        ChatResponse second = replay.complete(TURN_2);

        // then
        assertThat(first)
                .isEqualTo(new ChatResponse(
                        call("{\"path\":\"Foo.java\"}"),
                        Usage.of(50, 10),
                        FinishReason.TOOL_USE,
                        "claude-sonnet-4-20250514"));
        assertThat(second.message().text()).isEqualTo("Foo.java looks fine.");
        assertThat(replay.remaining()).isZero();
        assertThat(replay.name()).isEqualTo("replay");
    }

    static Stream<Arguments> mismatches() {
        String args = "{\"path\":\"Foo.java\"}";
        return Stream.of(
                Arguments.of(
                        "text",
                        turn2(ask("Review Bar.java"), call(args), result(false)),
                        "messages[0].content[0].text",
                        "recorded \"Review Foo.java\", got \"Review Bar.java\""),
                Arguments.of(
                        "tool arguments",
                        turn2(ask("Review Foo.java"), call("{\"path\":\"Bar.java\"}"), result(false)),
                        "messages[1].content[0].arguments.path",
                        "recorded \"Foo.java\", got \"Bar.java\""),
                Arguments.of(
                        "extra tool argument",
                        turn2(ask("Review Foo.java"), call("{\"path\":\"Foo.java\",\"max-lines\":5}"), result(false)),
                        "messages[1].content[0].arguments[\"max-lines\"]",
                        "recorded nothing, got 5"),
                Arguments.of(
                        "missing tool argument",
                        turn2(ask("Review Foo.java"), call("{}"), result(false)),
                        "messages[1].content[0].arguments.path",
                        "recorded \"Foo.java\", got nothing"),
                Arguments.of(
                        "tool arguments spaced differently",
                        turn2(ask("Review Foo.java"), call("{\"path\": \"Foo.java\"}"), result(false)),
                        "messages[1].content[0].arguments",
                        "recorded {\"path\":\"Foo.java\"}, got \"{\\\"path\\\": \\\"Foo.java\\\"}\""),
                Arguments.of(
                        "missing message",
                        turn2(ask("Review Foo.java"), call(args)),
                        "messages[2]",
                        "got nothing (3 recorded, 2 sent)"),
                Arguments.of(
                        "extra message",
                        turn2(ask("Review Foo.java"), call(args), result(false), ask("and Bar.java")),
                        "messages[3]",
                        "recorded nothing, got {\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"and"
                                + " Bar.java\"}]} (3 recorded, 4 sent)"),
                Arguments.of(
                        "extra tool",
                        new ChatRequest(
                                MODEL,
                                SYSTEM,
                                TURN_2.messages(),
                                List.of(READ, Conversations.SHELL),
                                4096,
                                OptionalDouble.empty()),
                        "tools[1]",
                        "recorded nothing, got {\"name\":\"developer__shell\",\"description\":\"Runs a command.\","),
                Arguments.of(
                        "tool error flag",
                        turn2(ask("Review Foo.java"), call(args), result(true)),
                        "messages[2].content[0].is_error",
                        "recorded false, got true"),
                Arguments.of(
                        "content kind",
                        turn2(ask("Review Foo.java"), call(args), Message.user("class Foo {}")),
                        "messages[2].content[0].type",
                        "recorded \"tool_response\", got \"text\""),
                Arguments.of(
                        "model",
                        new ChatRequest(
                                "gpt-4o", SYSTEM, TURN_2.messages(), List.of(READ), 4096, OptionalDouble.empty()),
                        "model",
                        "recorded \"claude-sonnet-4\", got \"gpt-4o\""),
                Arguments.of("temperature", TURN_2.withTemperature(0.5), "temperature", "recorded null, got 0.5"),
                Arguments.of(
                        "max tokens", TURN_2.withMaxOutputTokens(100), "max_output_tokens", "recorded 4096, got 100"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mismatches")
    void shouldNameTheTurnAndTheFirstDifferingField(String kind, ChatRequest sent, String path, String values) {
        // given
        ReplayProvider replay = review();
        replay.complete(TURN_1);

        // when / then
        assertThatThrownBy(() -> replay.complete(sent))
                .isInstanceOfSatisfying(ReplayMismatchException.class, e -> {
                    assertThat(e.turn()).isEqualTo(2);
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.retryable()).isFalse();
                })
                .hasMessageContaining("review.jsonl, turn 2: request differs at " + path + ": ")
                .hasMessageContaining(values)
                .hasMessageContaining("record the run again, or edit this turn's request");
        assertThat(replay.remaining()).as("a mismatch does not use up the turn").isEqualTo(1);
    }

    @Test
    void shouldShowWhereALongValueDiffers() {
        // given
        String prefix = "a".repeat(300);
        ReplayProvider replay = ReplayProvider.fromLines(List.of("{\"turn\":1,\"request\":{\"system\":\"" + prefix
                + "END\"},\"response\":{\"message\":{\"role\":\"assistant\",\"content\":[]}}}"));

        // when / then
        assertThatThrownBy(() -> replay.complete(ChatRequest.of("m", prefix + "FIN", List.of(), List.of())))
                .hasMessageStartingWith("inline transcript, turn 1: request differs at system: recorded …"
                        + "a".repeat(20) + "END\", got …" + "a".repeat(20) + "FIN\"; ");
    }

    @Test
    void shouldCompareOnlyTheFieldsARecordedRequestHas() {
        // given
        ReplayProvider replay = ReplayProvider.fromFile(Fixtures.path(getClass(), "partial.jsonl"));
        List<Message> history = List.of(ask("List the files"));

        // when
        ChatResponse first = replay.complete(ChatRequest.of("any-model", "any system", history, List.of(READ)));
        ChatResponse second = replay.complete(ChatRequest.of("x", "y", List.of(ask("anything")), List.of()));
        ChatResponse third = replay.complete(ChatRequest.of("llama3.2", "z", List.of(), List.of(READ)));

        // then
        assertThat(first.message().toolRequests())
                .containsExactly(new ToolRequest("t1", "developer__shell", "{\"command\":\"ls\"}"));
        assertThat(first.finishReason()).isEqualTo(FinishReason.TOOL_USE);
        assertThat(second.message().content()).containsExactly(new Text("Two files."));
        assertThat(third.message().text()).isEqualTo("Bye.");
        assertThat(replay.remaining()).isZero();
    }

    @Test
    void shouldStillCompareTheFieldsAPartialRequestHas() {
        // given
        ReplayProvider replay = ReplayProvider.fromFile(Fixtures.path(getClass(), "partial.jsonl"));

        // when / then
        assertThatThrownBy(() -> replay.complete(ChatRequest.of("m", "", List.of(ask("List files")), List.of())))
                .isInstanceOf(ReplayMismatchException.class)
                .hasMessageContaining(
                        "turn 1: request differs at messages[0].content[0].text: recorded \"List the files\","
                                + " got \"List files\"");
    }

    @Test
    void shouldSayHowManyTurnsThereWereWhenTheAgentAsksForMore() {
        // given
        ReplayProvider replay = review();
        replay.complete(TURN_1);
        replay.complete(TURN_2);

        // when / then
        assertThatThrownBy(() -> replay.complete(TURN_2))
                .isInstanceOfSatisfying(
                        ReplayMismatchException.class, e -> assertThat(e.turn()).isEqualTo(3))
                .hasMessageEndingWith("review.jsonl: the transcript has 2 turns; the agent asked for a 3rd; the run"
                        + " made more calls than were recorded: record it again, or add a turn.");
    }

    @Test
    void shouldCountASingleTurnInTheSingular() {
        ReplayProvider replay = ReplayProvider.fromLines(
                List.of("{\"turn\":1,\"response\":{\"message\":{\"role\":\"assistant\",\"content\":[]}}}", ""));
        replay.complete(TURN_1);

        assertThatThrownBy(() -> replay.complete(TURN_1))
                .hasMessageStartingWith("inline transcript: the transcript has 1 turn; the agent asked for a 2nd;");
    }

    @Test
    void shouldServeConcurrentCallsEachTurnExactlyOnce() throws Exception {
        // given
        List<String> lines = IntStream.rangeClosed(1, 20)
                .mapToObj(n -> "{\"turn\":" + n + ",\"response\":{\"message\":{\"role\":\"assistant\",\"content\":"
                        + "[{\"type\":\"text\",\"text\":\"" + n + "\"}]}}}")
                .toList();
        ReplayProvider replay = ReplayProvider.fromLines(lines);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> replay.complete(TURN_1).message().text());
        }

        // when
        List<String> texts = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<String> result : pool.invokeAll(calls)) {
                texts.add(result.get());
            }
        } finally {
            pool.shutdown();
        }

        // then
        assertThat(texts)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 20).mapToObj(String::valueOf).toList());
        assertThat(replay.remaining()).isZero();
    }

    @Test
    void shouldSayWhichFileItCouldNotRead() {
        Path missing = Path.of("no/such/transcript.jsonl");

        assertThatThrownBy(() -> ReplayProvider.fromFile(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot read the replay transcript " + missing + " (")
                .hasMessageContaining("docs/transcripts.md");
    }
}
