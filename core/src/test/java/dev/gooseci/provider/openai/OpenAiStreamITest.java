package dev.gooseci.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.config.Secret;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.provider.AuthStyle;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.Fixtures;
import dev.gooseci.provider.HttpTransport;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.MalformedResponseException;
import dev.gooseci.provider.ProviderEndpoint;
import dev.gooseci.provider.RecordingListener;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.provider.ServerException;
import dev.gooseci.provider.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Streamed Chat Completions against a fake server replaying transcripts in OpenAI's documented chunk shapes. */
class OpenAiStreamITest {
    private final MockWebServer server = new MockWebServer();
    private final List<Duration> sleeps = new ArrayList<>();
    private final HttpTransport http =
            new HttpTransport(new OkHttpClient(), RetryPolicy.defaults().withSleeper(sleeps::add));
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiProvider provider(OpenAiDialect dialect) {
        ProviderEndpoint endpoint =
                ProviderEndpoint.of(server.url("/v1").toString(), Secret.of("sk-test"), AuthStyle.BEARER);
        return new OpenAiProvider("openai", endpoint, http, dialect);
    }

    private static ChatRequest weatherRequest() {
        return ChatRequest.of(
                "gpt-4o-mini",
                "",
                List.of(Message.user("What is the weather like in Boston and Tokyo today?")),
                List.of(OpenAiProviderITest.WEATHER));
    }

    @Test
    void shouldAssembleParallelToolCallsSplitOverManyChunks() throws Exception {
        // given
        server.enqueue(Fixtures.sseReply(getClass(), "parallel-tool-calls.sse"));

        // when
        ChatResponse response = provider(OpenAiDialect.openai()).stream(weatherRequest(), listener);

        // then
        assertThat(response.message().content())
                .containsExactly(
                        new ToolRequest("call_abc123", "get_current_weather", "{\"location\": \"Boston, MA\"}"),
                        new ToolRequest(
                                "call_def456",
                                "get_current_weather",
                                "{\"location\": \"Tokyo\", \"unit\": \"celsius\"}"));
        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_USE);
        assertThat(response.usage()).isEqualTo(new Usage(18, 41, 64, 0));
        assertThat(response.model()).isEqualTo("gpt-4o-mini");
        assertThat(listener.events)
                .containsExactly(
                        "tool:0:call_abc123:get_current_weather:",
                        "tool:0:::{\"lo",
                        "tool:0:::cation",
                        "tool:0:::\": \"Bos",
                        "tool:0:::ton, MA\"}",
                        "tool:1:call_def456:get_current_weather:",
                        "tool:1:::{\"location\": ",
                        "tool:1:::\"Tokyo\", ",
                        "tool:1:::\"unit\": \"cel",
                        "tool:1:::sius\"}");
    }

    @Test
    void shouldAskForStreamAndUsageInRequest() throws Exception {
        // given
        server.enqueue(Fixtures.sseReply(getClass(), "text.sse"));

        // when
        ChatResponse response = provider(OpenAiDialect.openai()).stream(weatherRequest(), listener);

        // then
        JsonNode sent = Json.parse(server.takeRequest().getBody().utf8(), "request");
        assertThat(sent.path("stream").asBoolean()).isTrue();
        assertThat(sent.path("stream_options")).isEqualTo(Json.object().put("include_usage", true));
        assertThat(sent.has("parallel_tool_calls")).isFalse();
        assertThat(listener.events)
                .containsExactly("text:Hello", "text:!", "text: How can I", "text: assist you today?");
        assertThat(response.message().content()).containsExactly(new Text("Hello! How can I assist you today?"));
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.usage()).isEqualTo(Usage.of(19, 10));
    }

    @Test
    void shouldLeaveOutStreamOptionsAndUseMaxTokensWhenDialectSaysSo() throws Exception {
        // given
        server.enqueue(Fixtures.sseReply(getClass(), "text.sse"));
        OpenAiDialect mistralLike = new OpenAiDialect(false, false, "max_tokens", "MISTRAL_API_KEY");

        // when
        provider(mistralLike).stream(weatherRequest(), listener);

        // then
        JsonNode sent = Json.parse(server.takeRequest().getBody().utf8(), "request");
        assertThat(sent.has("stream_options")).isFalse();
        assertThat(sent.path("max_tokens").asInt()).isEqualTo(ChatRequest.DEFAULT_MAX_OUTPUT_TOKENS);
        assertThat(sent.has("max_completion_tokens")).isFalse();
    }

    @Test
    void shouldFailWhenStreamEndsBeforeFinishReason() {
        // given
        server.enqueue(Fixtures.sseReply(getClass(), "truncated.sse"));

        // when / then
        assertThatThrownBy(() -> provider(OpenAiDialect.openai()).stream(weatherRequest(), listener))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("no finish_reason and no [DONE]");
        assertThat(listener.events).containsExactly("text:Hello", "text:!");
    }

    @Test
    void shouldMapErrorEventAndNotRetryOnceDeltasWereShown() {
        // given
        server.enqueue(Fixtures.sseReply(getClass(), "error-event.sse"));
        server.enqueue(Fixtures.sseReply(getClass(), "text.sse"));

        // when / then
        assertThatThrownBy(() -> provider(OpenAiDialect.openai()).stream(weatherRequest(), listener))
                .isInstanceOf(ServerException.class)
                .hasMessageContaining("openai failed (HTTP 500)")
                .hasMessageContaining("The server had an error");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void shouldStreamDeepSeekReasoningAsThinking() {
        // given
        server.enqueue(Fixtures.sseReply(getClass(), "reasoning.sse"));

        // when
        ChatResponse response = provider(OpenAiDialect.openai()).stream(weatherRequest(), listener);

        // then
        assertThat(listener.events)
                .containsExactly(
                        "thinking:Compare the tenths: ", "thinking:1 is less than 8.", "text:9.11 is smaller.");
        assertThat(response.message().content())
                .containsExactly(
                        Thinking.of("Compare the tenths: 1 is less than 8.", ""), new Text("9.11 is smaller."));
        assertThat(response.usage()).isEqualTo(Usage.of(18, 120));
    }
}
