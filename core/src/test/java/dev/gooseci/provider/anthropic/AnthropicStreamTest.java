package dev.gooseci.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gooseci.config.Secret;
import dev.gooseci.conversation.Message;
import dev.gooseci.provider.AuthStyle;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.Fixtures;
import dev.gooseci.provider.HttpTimeouts;
import dev.gooseci.provider.HttpTransport;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.MalformedResponseException;
import dev.gooseci.provider.OverloadedException;
import dev.gooseci.provider.ProviderEndpoint;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.provider.StreamListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnthropicStreamTest {
    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new ArrayList<>();
    private final Recorder listener = new Recorder();

    @BeforeEach
    void startServer() throws Exception {
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void shouldPassDeltasToListenerAndAssembleTheBlockingReply() throws Exception {
        // given the documented tool-use transcript, tool input split over many deltas, with pings between
        server.enqueue(sse("tool-use.sse"));
        server.enqueue(new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(Fixtures.text(getClass(), "tool-use.json"))
                .build());
        AnthropicProvider provider = provider(RetryPolicy.none());

        // when
        ChatResponse streamed = provider.stream(weather(), listener);
        ChatResponse blocking = provider.complete(weather());

        // then
        assertThat(streamed).isEqualTo(blocking);
        assertThat(listener.events)
                .containsExactly(
                        "thinking:The user asks about San Francisco weather. ",
                        "thinking:I should call get_weather ",
                        "thinking:with the location.",
                        "text:Okay",
                        "text:,",
                        "text: let",
                        "text:'s",
                        "text: check",
                        "text: the",
                        "text: weather",
                        "text: for",
                        "text: San",
                        "text: Francisco",
                        "text:,",
                        "text: CA",
                        "text::",
                        "tool:2:toolu_01T1x1fJ34qAmk2tNTrN7Up6:get_weather:",
                        "tool:2:::{\"location\":",
                        "tool:2::: \"San",
                        "tool:2::: Francisc",
                        "tool:2:::o,",
                        "tool:2::: CA\"",
                        "tool:2:::, ",
                        "tool:2:::\"unit\": \"fah",
                        "tool:2:::renheit\"}");
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(Json.parse(sent.getBody().utf8(), "the request")
                        .path("stream")
                        .asBoolean())
                .isTrue();
        assertThat(Json.parse(server.takeRequest().getBody().utf8(), "the request")
                        .has("stream"))
                .isFalse();
    }

    @Test
    void shouldMapErrorEventToOverloaded() {
        // given
        server.enqueue(sse("overloaded-error.sse"));

        // when
        OverloadedException error = catchThrowableOfType(
                OverloadedException.class, () -> provider(RetryPolicy.none()).stream(weather(), listener));

        // then
        assertThat(error).hasMessageContaining("overloaded_error: Overloaded");
        assertThat(error.retryable()).isTrue();
    }

    @Test
    void shouldRetryErrorEventThatCameBeforeAnyDelta() {
        // given
        server.enqueue(sse("overloaded-error.sse"));
        server.enqueue(sse("tool-use.sse"));

        // when
        ChatResponse response = provider(retrying()).stream(weather(), listener);

        // then
        assertThat(response.message().toolRequests()).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits).hasSize(1);
    }

    @Test
    void shouldNotRetryErrorEventOnceADeltaWasShown() {
        // given
        server.enqueue(sse("text-then-error.sse"));
        server.enqueue(sse("tool-use.sse"));

        // when
        ProviderException error =
                catchThrowableOfType(ProviderException.class, () -> provider(retrying()).stream(weather(), listener));

        // then
        assertThat(error).isInstanceOf(OverloadedException.class).hasMessageContaining("Overloaded");
        assertThat(listener.events).containsExactly("text:Hello");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void shouldFailWhenStreamEndsWithoutMessageStop() {
        // given
        server.enqueue(sse("truncated.sse"));

        // when
        MalformedResponseException error = catchThrowableOfType(
                MalformedResponseException.class, () -> provider(retrying()).stream(weather(), listener));

        // then
        assertThat(error).hasMessageContaining("without message_stop");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void shouldFailClearlyWhenAStreamIsAnsweredWithJson() {
        // given
        server.enqueue(new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(Fixtures.text(getClass(), "tool-use.json"))
                .build());

        // when
        MalformedResponseException error = catchThrowableOfType(
                MalformedResponseException.class, () -> provider(RetryPolicy.none()).stream(weather(), listener));

        // then
        assertThat(error)
                .hasMessageContaining("not text/event-stream")
                .hasMessageContaining("msg_014p7gG3wDgGV9EUtLvnow3U");
    }

    private AnthropicProvider provider(RetryPolicy retry) {
        ProviderEndpoint endpoint =
                ProviderEndpoint.of(server.url("/").toString(), Secret.of("sk-ant-test"), AuthStyle.X_API_KEY);
        return new AnthropicProvider("anthropic", endpoint, HttpTransport.create(HttpTimeouts.defaults(), retry));
    }

    private RetryPolicy retrying() {
        return RetryPolicy.defaults().withMaxRetries(2).withSleeper(waits::add);
    }

    private static ChatRequest weather() {
        return ChatRequest.of(
                "claude-3-7-sonnet-20250219",
                "",
                List.of(Message.user("What is the weather like in San Francisco?")),
                List.of(AnthropicProviderTest.WEATHER));
    }

    private MockResponse sse(String fixture) {
        return new MockResponse.Builder()
                .addHeader("Content-Type", "text/event-stream")
                .body(Fixtures.text(getClass(), fixture))
                .build();
    }

    /** Records every delta as one line, in arrival order. */
    private static final class Recorder implements StreamListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void onText(String delta) {
            events.add("text:" + delta);
        }

        @Override
        public void onThinking(String delta) {
            events.add("thinking:" + delta);
        }

        @Override
        public void onToolCall(int index, String id, String name, String argumentsDelta) {
            events.add("tool:" + index + ":" + id + ":" + name + ":" + argumentsDelta);
        }
    }
}
