package dev.gooseci.provider.ollama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.conversation.Message;
import dev.gooseci.provider.AuthStyle;
import dev.gooseci.provider.BadRequestException;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.Fixtures;
import dev.gooseci.provider.HttpTransport;
import dev.gooseci.provider.MalformedResponseException;
import dev.gooseci.provider.NetworkException;
import dev.gooseci.provider.ProviderEndpoint;
import dev.gooseci.provider.RecordingListener;
import dev.gooseci.provider.RetryPolicy;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the Ollama provider does when the exchange goes wrong: bad bodies, cut streams, refusals and retries. */
class OllamaFailuresITest {
    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new ArrayList<>();
    private OllamaProvider provider;

    @BeforeEach
    void startServer() throws Exception {
        server.start();
        provider = provider(server.url("/").toString());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private OllamaProvider provider(String baseUrl) {
        ProviderEndpoint endpoint = ProviderEndpoint.of(baseUrl, null, AuthStyle.NONE);
        RetryPolicy retry = RetryPolicy.defaults().withSleeper(waits::add);
        return new OllamaProvider("ollama", endpoint, new HttpTransport(new OkHttpClient(), retry));
    }

    @Test
    void shouldFailWhenTheStreamEndsWithoutTheDoneLine() {
        // given
        server.enqueue(ndjson("truncated.ndjson"));
        RecordingListener listener = new RecordingListener();

        // when / then
        assertThatThrownBy(() -> provider.stream(request(), listener))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("done:true");
        assertThat(listener.events).hasSize(4);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void shouldFailOnABodyThatIsNotJson() {
        // given
        server.enqueue(json(200, "not-json.txt"));

        // when / then
        assertThatThrownBy(() -> provider.complete(request()))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("Ollama's reply is not valid JSON");
    }

    @Test
    void shouldRetryABusyServerThenSucceed() {
        // given
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .addHeader("Retry-After", "2")
                .body(Fixtures.text(getClass(), "server-busy.json"))
                .build());
        server.enqueue(json(200, "text-reply.json"));

        // when
        ChatResponse response = provider.complete(request());

        // then
        assertThat(response.message().text()).startsWith("Sunlight");
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void shouldNotRetryAMissingModelAndSayHowToPullIt() {
        // given
        server.enqueue(json(404, "model-not-found.json"));
        server.enqueue(json(200, "text-reply.json"));

        // when / then
        assertThatThrownBy(() -> provider.complete(request()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("ollama pull llama3.2");
        assertThat(waits).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void shouldSayOllamaIsNotRunningWhenTheConnectionIsRefused() throws Exception {
        // given
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String baseUrl = "http://127.0.0.1:" + closedPort;

        // when / then
        assertThatThrownBy(() -> provider(baseUrl).complete(request()))
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("Ollama is not reachable at " + baseUrl)
                .hasMessageContaining("ollama serve")
                .hasMessageContaining("OLLAMA_HOST")
                .hasMessageContaining("GOOSE_PROVIDER");
    }

    @Test
    void shouldRetryAStreamWhoseFirstLineIsAnError() {
        // given
        server.enqueue(ndjson("error-line.ndjson"));
        server.enqueue(ndjson("text-reply.ndjson"));
        RecordingListener listener = new RecordingListener();

        // when
        ChatResponse response = provider.stream(request(), listener);

        // then
        assertThat(response.message().text()).isEqualTo("Rayleigh scattering.");
        assertThat(listener.events).containsExactly("text:Rayleigh", "text: scattering.");
        assertThat(waits).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    private static ChatRequest request() {
        return ChatRequest.of("llama3.2", "", List.of(Message.user("why is the sky blue?")), List.of());
    }

    private MockResponse json(int code, String fixture) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .body(Fixtures.text(getClass(), fixture))
                .build();
    }

    private MockResponse ndjson(String fixture) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/x-ndjson")
                .body(Fixtures.text(getClass(), fixture))
                .build();
    }
}
