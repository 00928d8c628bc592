package dev.gooseci.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gooseci.config.Secret;
import dev.gooseci.policy.SecretRedactor;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final String TOKEN = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";

    private final StringWriter out = new StringWriter();

    private AuditLog log(UnaryOperator<String> redactor) {
        return new AuditLog(out, redactor, CLOCK);
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    static Stream<Arguments> events() {
        String head = "{\"seq\":1,\"time\":\"2026-01-02T03:04:05Z\",";
        return Stream.of(
                Arguments.of(
                        (Consumer<AuditLog>) log -> log.turn(2, "gpt-4o", "tool_use", 120, 30, 3),
                        head + "\"event\":\"turn\",\"turn\":2,\"model\":\"gpt-4o\",\"finish_reason\":\"tool_use\","
                                + "\"input_tokens\":120,\"output_tokens\":30,\"tool_calls\":3}"),
                Arguments.of(
                        (Consumer<AuditLog>) log -> log.decision("c1", "developer__shell", false, "rm -rf / is denied"),
                        head + "\"event\":\"decision\",\"call_id\":\"c1\",\"tool\":\"developer__shell\","
                                + "\"decision\":\"deny\",\"reason\":\"rm -rf / is denied\"}"),
                Arguments.of(
                        (Consumer<AuditLog>) log -> log.decision("c2", "developer__read_file", true, ""),
                        head + "\"event\":\"decision\",\"call_id\":\"c2\",\"tool\":\"developer__read_file\","
                                + "\"decision\":\"allow\",\"reason\":\"\"}"),
                Arguments.of(
                        (Consumer<AuditLog>)
                                log -> log.toolCall("c2", "developer__read_file", "{\"path\":\"a.txt\"}", false, "hi"),
                        head + "\"event\":\"tool_call\",\"call_id\":\"c2\",\"tool\":\"developer__read_file\","
                                + "\"arguments\":{\"path\":\"a.txt\"},\"error\":false,\"result_chars\":2,"
                                + "\"result\":\"hi\"}"),
                Arguments.of(
                        (Consumer<AuditLog>) log -> log.toolCall("c3", "x__y", "not json", true, "bad arguments"),
                        head
                                + "\"event\":\"tool_call\",\"call_id\":\"c3\",\"tool\":\"x__y\",\"arguments\":\"not json\","
                                + "\"error\":true,\"result_chars\":13,\"result\":\"bad arguments\"}"),
                Arguments.of(
                        (Consumer<AuditLog>) log -> log.stop("max_turns", "stopped after 50 turns"),
                        head + "\"event\":\"stop\",\"reason\":\"max_turns\",\"detail\":\"stopped after 50 turns\"}"),
                Arguments.of(
                        (Consumer<AuditLog>) log -> log.retry(1, "./mvnw -q test", 1, "Tests run: 3, Failures: 1\n"),
                        head + "\"event\":\"retry\",\"attempt\":1,\"check\":\"./mvnw -q test\",\"exit_code\":1,"
                                + "\"output\":\"Tests run: 3, Failures: 1\\n\"}"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldWriteOneExactJsonLinePerEvent(Consumer<AuditLog> event, String expected) {
        event.accept(log(UnaryOperator.identity()));

        assertThat(out.toString()).isEqualTo(expected + "\n");
    }

    @Test
    void shouldRedactEveryTextValueAndKeepTheLineValidJson() throws IOException {
        SecretRedactor redactor = new SecretRedactor(List.of(Secret.of("hunter2-long")));
        AuditLog log = log(redactor::redact);

        log.toolCall("c1", "developer__shell", "{\"command\":\"echo " + TOKEN + "\"}", false, "pw hunter2-long\n");
        log.decision("c2", "developer__shell", false, "\"" + TOKEN + "\" is a token");
        log.retry(1, "curl -H 'Authorization: Bearer " + TOKEN + "'", 6, "");

        assertThat(out.toString()).doesNotContain(TOKEN, "hunter2-long");
        List<JsonNode> events = new ArrayList<>();
        for (String line : lines()) {
            events.add(JSON.readTree(line));
        }
        assertThat(events.get(0).path("arguments").path("command").asText()).isEqualTo("echo [REDACTED:github-token]");
        assertThat(events.get(0).path("result").asText()).isEqualTo("pw [REDACTED:secret]\n");
        assertThat(events.get(1).path("reason").asText()).isEqualTo("\"[REDACTED:github-token]\" is a token");
        assertThat(events.get(2).path("check").asText()).doesNotContain("ghp_");
    }

    @Test
    void shouldCutLongResultsAfterRedactingThem() throws IOException {
        String result = "x".repeat(AuditLog.MAX_RESULT - 10) + " " + TOKEN + " tail";

        log(SecretRedactor.knownFormats()::redact).toolCall("c", "t__t", "{}", false, result);

        JsonNode event = JSON.readTree(lines().get(0));
        assertThat(event.path("result_chars").asInt()).isEqualTo(result.length());
        assertThat(event.path("result").asText()).doesNotContain("ghp_").endsWith(" more]");
    }

    @Test
    void shouldKeepLinesWholeAndNumberedWhenThreadsWriteAtOnce() throws Exception {
        AuditLog log = log(UnaryOperator.identity());
        int threads = 8;
        int perThread = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String tool = "ext__t" + t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    log.toolCall(tool + "-" + i, tool, "{\"i\":" + i + "}", false, "r".repeat(500));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();

        List<String> lines = lines();
        assertThat(lines).hasSize(threads * perThread);
        Set<Long> sequence = new HashSet<>();
        Set<String> calls = new HashSet<>();
        for (String line : lines) {
            JsonNode event = JSON.readTree(line);
            sequence.add(event.path("seq").asLong());
            calls.add(event.path("call_id").asText());
        }
        assertThat(sequence).hasSize(threads * perThread).contains(1L, (long) threads * perThread);
        assertThat(calls).hasSize(threads * perThread);
    }

    @Test
    void shouldFlushEachLineToTheFileAsItIsWritten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("logs/audit.jsonl");
        try (AuditLog log = AuditLog.open(file, UnaryOperator.identity())) {
            log.stop("completed", "completed");

            assertThat(Files.readAllLines(file)).hasSize(1).first().asString().contains("\"event\":\"stop\"");
        }
    }
}
