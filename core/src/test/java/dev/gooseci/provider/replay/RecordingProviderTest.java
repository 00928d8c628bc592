package dev.gooseci.provider.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.provider.RateLimitException;
import dev.gooseci.provider.StreamListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingProviderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** The requests of a three-turn run: ask, read the files, answer. */
    private static List<ChatRequest> run() {
        List<Message> history = new ArrayList<>(List.of(Message.user("Review Foo.java")));
        List<ChatRequest> requests = new ArrayList<>();
        List<ChatResponse> responses = Conversations.responses();
        for (int i = 0; i < 3; i++) {
            requests.add(
                    ChatRequest.of("claude-sonnet-4", "You review code.", history, List.of(Conversations.READ_FILE))
                            .withTemperature(0.1 * i));
            history.add(responses.get(i + 1).message());
            history.add(Message.toolResponses(List.of(ToolResponse.ok("toolu_" + i, "class Foo {}"))));
        }
        return requests;
    }

    private static List<ChatResponse> replies() {
        return Conversations.responses().subList(1, 4);
    }

    @Test
    void shouldReplayARecordedRunWithIdenticalResponses() {
        // given
        Path file = dir.resolve("run.jsonl");
        CannedProvider model = new CannedProvider(replies());
        RecordingProvider recorder = new RecordingProvider(model, file, UnaryOperator.identity(), CLOCK);
        List<ChatRequest> requests = run();
        List<ChatResponse> live = List.of(
                recorder.complete(requests.get(0)),
                recorder.stream(requests.get(1), StreamListener.NONE),
                recorder.complete(requests.get(2)));

        // when
        ReplayProvider replay = ReplayProvider.fromFile(file);
        List<ChatResponse> replayed = List.of(
                replay.complete(requests.get(0)),
                replay.complete(requests.get(1)),
                replay.stream(requests.get(2), StreamListener.NONE));

        // then
        assertThat(live).isEqualTo(replies());
        assertThat(replayed).isEqualTo(live);
        assertThat(replay.remaining()).isZero();
        assertThat(model.received()).isEqualTo(requests);
        assertThat(recorder.name()).isEqualTo("canned");
    }

    @Test
    void shouldWriteAHeaderAndOneFlushedLinePerTurn() throws IOException {
        // given
        Path file = dir.resolve("run.jsonl");
        Files.writeString(file, "left over from an earlier recording\n");
        RecordingProvider recorder =
                new RecordingProvider(new CannedProvider(replies()), file, UnaryOperator.identity(), CLOCK);
        ChatRequest first = run().get(0);

        // when
        recorder.complete(first);
        List<String> afterOne = Files.readAllLines(file);
        recorder.complete(run().get(1));

        // then
        assertThat(afterOne).hasSize(2);
        assertThat(Json.parse(afterOne.get(0), "header"))
                .isEqualTo(Json.parse(
                        "{\"goose_transcript\":1,\"provider\":\"canned\",\"model\":\"claude-sonnet-4\","
                                + "\"recorded_at\":\"2025-06-01T12:00:00Z\"}",
                        "expected"));
        JsonNode turn = Json.parse(afterOne.get(1), "turn");
        assertThat(turn.get("turn").asInt()).isEqualTo(1);
        assertThat(TranscriptCodec.decodeRequest(turn.get("request"))).isEqualTo(first);
        assertThat(TranscriptCodec.decodeResponse(turn.get("response")))
                .isEqualTo(replies().get(0));
        assertThat(Files.readAllLines(file)).hasSize(3).element(2).asString().startsWith("{\"turn\":2,");
    }

    @Test
    void shouldRecordAProviderErrorAndRethrowIt() {
        // given
        Path file = dir.resolve("run.jsonl");
        RateLimitException limited = new RateLimitException("429 from canned: slow down", 429, Duration.ofSeconds(2));
        RecordingProvider recorder = new RecordingProvider(new CannedProvider(List.of(limited)), file);
        ChatRequest request = run().get(0);

        // when
        assertThatThrownBy(() -> recorder.complete(request)).isSameAs(limited);
        ReplayProvider replay = ReplayProvider.fromFile(file);

        // then
        assertThatThrownBy(() -> replay.complete(request)).isInstanceOfSatisfying(RateLimitException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("429 from canned: slow down");
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
        });
    }

    @Test
    void shouldRecordAGenericProviderErrorWithItsRetryability() {
        Path file = dir.resolve("run.jsonl");
        ProviderException odd = new ProviderException("odd", 418, true);
        RecordingProvider recorder = new RecordingProvider(new CannedProvider(List.of(odd)), file);
        assertThatThrownBy(() -> recorder.stream(run().get(0), StreamListener.NONE))
                .isSameAs(odd);

        assertThatThrownBy(() -> ReplayProvider.fromFile(file).complete(run().get(0)))
                .isExactlyInstanceOf(ProviderException.class)
                .satisfies(e -> assertThat(((ProviderException) e).retryable()).isTrue())
                .satisfies(e -> assertThat(((ProviderException) e).status()).isEqualTo(418));
    }

    @Test
    void shouldPassStreamedDeltasThroughAndRecordTheCompletedResponse() throws IOException {
        // given
        Path file = dir.resolve("run.jsonl");
        RecordingProvider recorder = new RecordingProvider(new CannedProvider(replies()), file);
        List<String> text = new ArrayList<>();

        // when
        ChatResponse response = recorder.stream(run().get(0), new StreamListener() {
            @Override
            public void onText(String delta) {
                text.add(delta);
            }
        });

        // then
        assertThat(text).containsExactly("Reading it.");
        JsonNode turn = Json.parse(Files.readAllLines(file).get(1), "turn");
        assertThat(TranscriptCodec.decodeResponse(turn.get("response"))).isEqualTo(response);
    }

    @Test
    void shouldApplyTheRedactorToEveryLineItWrites() throws IOException {
        // given
        String key = "sk-live-1234567890";
        Path file = dir.resolve("run.jsonl");
        ChatRequest leaky =
                ChatRequest.of("gpt-4o", "Use key " + key, List.of(Message.user("my key is " + key)), List.of());
        RecordingProvider recorder = new RecordingProvider(
                new CannedProvider(List.of(replies().get(1), new RateLimitException("bad key " + key, 429, null))),
                file,
                line -> line.replace(key, "****"),
                CLOCK);

        // when
        recorder.complete(leaky);
        assertThatThrownBy(() -> recorder.complete(leaky)).hasMessageContaining(key);

        // then
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).doesNotContain(key).contains("my key is ****", "Use key ****", "bad key ****");
        assertThat(ReplayProvider.fromFile(file).remaining()).isEqualTo(2);
    }

    @Test
    void shouldRefuseARedactorThatBreaksTheJson() {
        Path file = dir.resolve("run.jsonl");
        RecordingProvider recorder =
                new RecordingProvider(new CannedProvider(replies()), file, line -> line.replace("Review", "\""));

        assertThatThrownBy(() -> recorder.complete(run().get(0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the transcript redactor broke the JSON of turn 1: replace secrets with plain");
    }

    @Test
    void shouldNumberConcurrentExchangesWithoutLosingALine() throws Exception {
        // given
        Path file = dir.resolve("run.jsonl");
        List<ChatResponse> canned = new ArrayList<>();
        List<Callable<ChatResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            canned.add(Conversations.responses().get(0));
        }
        RecordingProvider concurrent = new RecordingProvider(new CannedProvider(canned), file);
        for (int i = 0; i < 12; i++) {
            calls.add(() -> concurrent.complete(run().get(0)));
        }

        // when
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<ChatResponse> result : pool.invokeAll(calls)) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }

        // then
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(13);
        for (int turn = 1; turn <= 12; turn++) {
            assertThat(Json.parse(lines.get(turn), "line").get("turn").asInt()).isEqualTo(turn);
        }
    }
}
