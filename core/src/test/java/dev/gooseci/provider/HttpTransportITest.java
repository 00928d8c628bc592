package dev.gooseci.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpTransportITest {
    final MockWebServer server = new MockWebServer();
    final RecordingSleeper sleeper = new RecordingSleeper();
    final RetryPolicy retry = new RetryPolicy(
            2, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(1), sleeper, new Random(7));
    final HttpTransport transport = HttpTransport.create(HttpTimeouts.defaults(), retry);

    /** Maps every failure to a retryable server error, recording what it was given. */
    final List<String> mapped = new ArrayList<>();

    final ErrorMapper errors = (status, headers, body) -> {
        mapped.add(status + " " + headers.get("x-request-id") + " " + body);
        return status >= 500
                ? new ServerException("server said " + status, status, RetryAfter.orNull(headers))
                : new BadRequestException("bad request: " + body, status);
    };

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldPostJsonAndParseTheReply() throws InterruptedException {
        // given
        server.enqueue(json(200, "{\"id\":\"chatcmpl-1\",\"choices\":[]}"));

        // when
        JsonNode reply =
                transport.postJson(request("/v1/chat/completions"), Json.parse("{\"model\":\"m\"}", "test"), errors);

        // then
        assertThat(reply.get("id").asText()).isEqualTo("chatcmpl-1");
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getTarget()).isEqualTo("/v1/chat/completions");
        assertThat(sent.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(Json.parse(sent.getBody().utf8(), "request")).isEqualTo(Json.parse("{\"model\":\"m\"}", "test"));
    }

    @Test
    void shouldPassErrorStatusHeadersAndBodyToTheMapper() {
        // given
        server.enqueue(new MockResponse.Builder()
                .code(400)
                .addHeader("x-request-id", "req_123")
                .body("{\"error\":{\"message\":\"bad\"}}")
                .build());

        // when / then
        assertThatThrownBy(() -> transport.postJson(request("/v1/messages"), Json.object(), errors))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("bad request: {\"error\":{\"message\":\"bad\"}}");
        assertThat(mapped).containsExactly("400 req_123 {\"error\":{\"message\":\"bad\"}}");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void shouldRetryA503AndThenSucceed() {
        // given
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .addHeader("retry-after", "2")
                .body("busy")
                .build());
        server.enqueue(json(200, "{\"ok\":true}"));

        // when
        JsonNode reply = transport.postJson(request("/v1/chat"), Json.object(), errors);

        // then
        assertThat(reply.get("ok").asBoolean()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void shouldTurnARefusedConnectionIntoANetworkException() throws IOException {
        // given: a port nobody listens on
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Request.Builder request = new Request.Builder().url("http://127.0.0.1:" + port + "/v1/chat");

        // when / then
        assertThatThrownBy(() -> transport.postJson(request, Json.object(), errors))
                .isInstanceOf(NetworkException.class)
                .hasMessageStartingWith("request to 127.0.0.1/v1/chat failed: ");
        assertThat(sleeper.waits).hasSize(2);
        assertThat(mapped).isEmpty();
    }

    @Test
    void shouldNotRetryAReaderThatHasAlreadyDelivered() {
        // given
        server.enqueue(json(200, "data: partial"));
        server.enqueue(json(200, "data: never read"));
        AtomicInteger reads = new AtomicInteger();
        BodyReader<String> streaming = new BodyReader<>() {
            @Override
            public String read(Response response) throws IOException {
                reads.incrementAndGet();
                throw new IOException("stream reset");
            }

            @Override
            public boolean restartable() {
                return false;
            }
        };

        // when / then
        assertThatThrownBy(() -> transport.post(request("/v1/stream"), Json.object(), errors, streaming))
                .isInstanceOf(NetworkException.class)
                .hasMessageEndingWith("stream reset (after part of the reply was streamed)");
        assertThat(reads).hasValue(1);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void shouldNotRetryARetryableFailureRaisedByAReaderThatHasDelivered() {
        // given
        server.enqueue(json(200, "data: partial"));
        BodyReader<String> streaming = new BodyReader<>() {
            @Override
            public String read(Response response) {
                throw new OverloadedException("overloaded mid-stream", 0, null);
            }

            @Override
            public boolean restartable() {
                return false;
            }
        };

        // when / then
        assertThatThrownBy(() -> transport.post(request("/v1/stream"), Json.object(), errors, streaming))
                .isInstanceOf(OverloadedException.class)
                .hasMessage("overloaded mid-stream");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void shouldRetryARestartableReaderThatFailed() {
        // given
        server.enqueue(json(200, "first"));
        server.enqueue(json(200, "second"));
        BodyReader<String> reader = response -> {
            String body = response.body().string();
            if (body.equals("first")) {
                throw new IOException("truncated");
            }
            return body;
        };

        // when
        String result = transport.post(request("/v1/chat"), Json.object(), errors, reader);

        // then
        assertThat(result).isEqualTo("second");
        assertThat(sleeper.waits).hasSize(1);
    }

    @Test
    void shouldFailACallThatTakesLongerThanTheCallTimeout() {
        // given
        HttpTransport impatient = HttpTransport.create(
                new HttpTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(200)),
                retry.withMaxRetries(0));
        server.enqueue(new MockResponse.Builder()
                .headersDelay(5, TimeUnit.SECONDS)
                .body("{}")
                .build());

        // when / then
        assertThatThrownBy(() -> impatient.postJson(request("/v1/chat"), Json.object(), errors))
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("/v1/chat timed out");
    }

    @Test
    void shouldReportAMalformedReplyWithoutRetrying() {
        // given
        server.enqueue(json(200, "not json"));

        // when / then
        assertThatThrownBy(() -> transport.postJson(request("/v1/chat"), Json.object(), errors))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("not json");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private Request.Builder request(String path) {
        return new Request.Builder().url(server.url(path)).headers(Headers.of("x-test", "1"));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }
}
