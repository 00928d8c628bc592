package dev.gooseci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run against a loopback OpenAI-compatible server is recorded, and the recording replays the same run offline. */
class RecordReplayITest {
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldReplayARecordedRunWithoutTheServer() throws IOException, InterruptedException {
        // given: a gateway reached through OPENAI_BASE_URL, as users reach proxies
        server.enqueue(new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(
                        "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"gpt-4.1\",\"choices\":[{\"index\":0,"
                                + "\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":\"Paris.\"}}],"
                                + "\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":2,\"total_tokens\":22}}")
                .build());
        Map<String, String> env = Map.of(
                "HOME", dir.toString(),
                "OPENAI_API_KEY", "sk-live-0123456789abcdefghij",
                "OPENAI_BASE_URL", server.url("/v1").toString());
        Path transcript = dir.resolve("run.jsonl");
        String[] task = {"-t", "Capital of France?", "--workspace", dir.toString()};

        // when: recorded live, then replayed with the server gone
        CliRun live = CliRun.of(
                env, "", concat(new String[] {"run", "--provider", "openai", "--record", transcript.toString()}, task));
        RecordedRequest request = server.takeRequest();
        server.close();
        CliRun replayed = CliRun.of(
                Map.of("HOME", dir.toString()),
                "",
                concat(new String[] {"run", "--replay", transcript.toString()}, task));

        // then
        assertThat(live.exitCode()).isZero();
        assertThat(live.out()).isEqualTo("Paris.\n");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk-live-0123456789abcdefghij");
        assertThat(replayed.exitCode()).as(replayed.err()).isZero();
        assertThat(replayed.out()).isEqualTo(live.out());
        assertThat(Files.readString(transcript))
                .contains("Capital of France?")
                .doesNotContain("sk-live-0123456789abcdefghij");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
