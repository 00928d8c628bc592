package dev.gooseci.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.config.Secret;
import dev.gooseci.conversation.Message;
import dev.gooseci.provider.AuthStyle;
import dev.gooseci.provider.AuthenticationException;
import dev.gooseci.provider.BadRequestException;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.Fixtures;
import dev.gooseci.provider.HttpTransport;
import dev.gooseci.provider.MalformedResponseException;
import dev.gooseci.provider.ProviderEndpoint;
import dev.gooseci.provider.RecordingListener;
import dev.gooseci.provider.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the Gemini provider does when the exchange goes wrong: bad bodies, cut streams, refusals and retries. */
class GeminiFailuresITest {
    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new ArrayList<>();
    private GeminiProvider provider;

    @BeforeEach
    void startServer() throws Exception {
        server.start();
        ProviderEndpoint endpoint =
                ProviderEndpoint.of(server.url("/").toString(), Secret.of("test-key"), AuthStyle.X_GOOG_API_KEY);
        RetryPolicy retry = RetryPolicy.defaults().withSleeper(waits::add);
        provider = new GeminiProvider("gemini", endpoint, new HttpTransport(new OkHttpClient(), retry));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void shouldFailWhenTheStreamEndsWithoutFinishReason() {
        // given
        server.enqueue(sse("truncated.sse"));
        RecordingListener listener = new RecordingListener();

        // when / then
        assertThatThrownBy(() -> provider.stream(request(), listener))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("without a finishReason");
        assertThat(listener.events).hasSize(2);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void shouldFailOnABodyThatIsNotJson() {
        // given
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(Fixtures.text(getClass(), "not-json.txt"))
                .build());

        // when / then
        assertThatThrownBy(() -> provider.complete(request()))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("Gemini's reply is not valid JSON");
    }

    @Test
    void shouldReportABlockedPromptWithItsReason() {
        // given
        server.enqueue(json(200, "blocked-prompt-reply.json"));

        // when / then
        assertThatThrownBy(() -> provider.complete(request()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("blockReason SAFETY");
    }

    @Test
    void shouldRetryARateLimitAfterTheDelayGeminiAsksFor() {
        // given
        server.enqueue(json(429, "resource-exhausted.json"));
        server.enqueue(json(200, "text-reply.json"));

        // when
        ChatResponse response = provider.complete(request());

        // then
        assertThat(response.message().text()).startsWith("Meow!");
        assertThat(waits).containsExactly(Duration.ofSeconds(37));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void shouldNotRetryAnInvalidKey() {
        // given
        server.enqueue(json(400, "api-key-invalid.json"));
        server.enqueue(json(200, "text-reply.json"));

        // when / then
        assertThatThrownBy(() -> provider.complete(request()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("GEMINI_API_KEY");
        assertThat(waits).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void shouldRetryAStreamWhoseFirstEventIsAnOverloadError() {
        // given
        server.enqueue(sse("overloaded-event.sse"));
        server.enqueue(sse("text-reply.sse"));
        RecordingListener listener = new RecordingListener();

        // when
        ChatResponse response = provider.stream(request(), listener);

        // then
        assertThat(response.message().text()).isEqualTo("Meow!");
        assertThat(listener.events).containsExactly("text:Meow!");
        assertThat(waits).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    private static ChatRequest request() {
        return ChatRequest.of("gemini-2.5-flash", "", List.of(Message.user("Hello there")), List.of());
    }

    private MockResponse json(int code, String fixture) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json; charset=UTF-8")
                .body(Fixtures.text(getClass(), fixture))
                .build();
    }

    private MockResponse sse(String fixture) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "text/event-stream")
                .body(Fixtures.text(getClass(), fixture))
                .build();
    }
}
