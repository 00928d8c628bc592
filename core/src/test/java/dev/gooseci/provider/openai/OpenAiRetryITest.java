package dev.gooseci.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.config.Secret;
import dev.gooseci.conversation.Message;
import dev.gooseci.provider.AuthStyle;
import dev.gooseci.provider.AuthenticationException;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.Fixtures;
import dev.gooseci.provider.HttpTransport;
import dev.gooseci.provider.ProviderEndpoint;
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

/** Retries go through the transport's policy: a rate limit waits as told and succeeds, a bad key fails at once. */
class OpenAiRetryITest {
    private final MockWebServer server = new MockWebServer();
    private final List<Duration> sleeps = new ArrayList<>();
    private final ChatRequest hello = ChatRequest.of("gpt-4.1", "", List.of(Message.user("Hello!")), List.of());

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiProvider provider() {
        HttpTransport http =
                new HttpTransport(new OkHttpClient(), RetryPolicy.defaults().withSleeper(sleeps::add));
        ProviderEndpoint endpoint =
                ProviderEndpoint.of(server.url("/v1").toString(), Secret.of("sk-test"), AuthStyle.BEARER);
        return new OpenAiProvider("openai", endpoint, http, OpenAiDialect.openai());
    }

    private static MockResponse error(int status, String fixture, String... headers) {
        MockResponse.Builder reply = new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .body(Fixtures.read(OpenAiErrorsTest.class, fixture));
        for (int i = 0; i < headers.length; i += 2) {
            reply.addHeader(headers[i], headers[i + 1]);
        }
        return reply.build();
    }

    @Test
    void shouldWaitAsToldAfterRateLimitAndThenSucceed() {
        // given
        server.enqueue(error(429, "429-rate-limit.json", "retry-after-ms", "1400"));
        server.enqueue(Fixtures.jsonReply(OpenAiProviderITest.class, "plain-reply.json"));

        // when
        ChatResponse response = provider().complete(hello);

        // then
        assertThat(response.message().text()).isEqualTo("Hello! How can I assist you today?");
        assertThat(sleeps).containsExactly(Duration.ofMillis(1400));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void shouldNotRetryRejectedKey() {
        // given
        server.enqueue(error(401, "401-invalid-key.json"));
        server.enqueue(Fixtures.jsonReply(OpenAiProviderITest.class, "plain-reply.json"));

        // when / then
        assertThatThrownBy(() -> provider().complete(hello))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("OPENAI_API_KEY");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void shouldNotRetryExhaustedQuota() {
        // given
        server.enqueue(error(429, "429-insufficient-quota.json", "retry-after", "1"));
        server.enqueue(Fixtures.jsonReply(OpenAiProviderITest.class, "plain-reply.json"));

        // when / then
        assertThatThrownBy(() -> provider().complete(hello)).hasMessageContaining("billing");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }
}
