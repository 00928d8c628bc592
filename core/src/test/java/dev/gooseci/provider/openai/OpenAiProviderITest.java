package dev.gooseci.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.config.Secret;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Role;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.AuthStyle;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.Fixtures;
import dev.gooseci.provider.HttpTransport;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.MalformedResponseException;
import dev.gooseci.provider.ProviderCatalog;
import dev.gooseci.provider.ProviderEndpoint;
import dev.gooseci.provider.ProviderInfo;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.provider.Usage;
import dev.gooseci.tool.ToolSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Blocking Chat Completions calls against a fake server replaying OpenAI's documented examples. */
class OpenAiProviderITest {
    static final ToolSpec WEATHER = new ToolSpec(
            "get_current_weather",
            "Get the current weather in a given location",
            "{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\","
                    + "\"description\":\"The city and state, e.g. San Francisco, CA\"},"
                    + "\"unit\":{\"type\":\"string\",\"enum\":[\"celsius\",\"fahrenheit\"]}},"
                    + "\"required\":[\"location\"]}");

    private final MockWebServer server = new MockWebServer();
    private final HttpTransport http = new HttpTransport(new OkHttpClient(), RetryPolicy.none());

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiProvider openai() {
        ProviderEndpoint endpoint =
                ProviderEndpoint.of(server.url("/v1").toString(), Secret.of("sk-test"), AuthStyle.BEARER);
        return new OpenAiProvider("openai", endpoint, http, OpenAiDialect.openai());
    }

    static ChatRequest conversationWithToolRound() {
        List<Message> messages = List.of(
                Message.user("What is the weather like in Boston and Tokyo today?"),
                Message.assistant(List.of(
                        Thinking.of("Two cities, two calls.", "sig"),
                        new Text("Let me check both."),
                        new ToolRequest("call_abc123", "get_current_weather", "{\"location\": \"Boston, MA\"}"),
                        new ToolRequest("call_def456", "get_current_weather", "{\"location\": \"Tokyo\"}"))),
                Message.toolResponses(List.of(
                        ToolResponse.ok("call_abc123", "22 C and sunny"),
                        ToolResponse.error("call_def456", "the weather service timed out"))),
                Message.user("Now say hello."));
        return ChatRequest.of("gpt-4.1", "You are a careful reviewer.", messages, List.of(WEATHER))
                .withMaxOutputTokens(1024)
                .withTemperature(0.2);
    }

    @Test
    void shouldSendToolRoundAsChatCompletionsJsonAndReadPlainReply() throws Exception {
        // given
        server.enqueue(Fixtures.jsonReply(getClass(), "plain-reply.json"));

        // when
        ChatResponse response = openai().complete(conversationWithToolRound());

        // then
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk-test");
        assertThat(Json.parse(request.getBody().utf8(), "request"))
                .isEqualTo(Fixtures.json(getClass(), "plain-reply.request.json"));
        assertThat(response.message().role()).isEqualTo(Role.ASSISTANT);
        assertThat(response.message().content()).containsExactly(new Text("Hello! How can I assist you today?"));
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.usage()).isEqualTo(Usage.of(19, 10));
        assertThat(response.model()).isEqualTo("gpt-4.1-2025-04-14");
    }

    @Test
    void shouldReadParallelToolCallsInOrder() {
        // given
        server.enqueue(Fixtures.jsonReply(getClass(), "parallel-tool-calls.json"));

        // when
        ChatResponse response = openai().complete(
                        ChatRequest.of("gpt-4o-mini", "", List.of(Message.user("Weather?")), List.of(WEATHER)));

        // then
        assertThat(response.message().content())
                .containsExactly(
                        new ToolRequest("call_abc123", "get_current_weather", "{\n\"location\": \"Boston, MA\"\n}"),
                        new ToolRequest(
                                "call_def456",
                                "get_current_weather",
                                "{\n\"location\": \"Tokyo\", \"unit\": \"celsius\"\n}"));
        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_USE);
        assertThat(response.usage()).isEqualTo(Usage.of(82, 41));
    }

    @Test
    void shouldCountCachedTokensApartFromInput() {
        // given
        server.enqueue(Fixtures.jsonReply(getClass(), "cached-usage.json"));

        // when
        ChatResponse response =
                openai().complete(ChatRequest.of("gpt-4.1", "", List.of(Message.user("Hi")), List.of()));

        // then
        assertThat(response.usage()).isEqualTo(new Usage(86, 300, 1920, 0));
        assertThat(response.usage().promptTokens()).isEqualTo(2006);
        assertThat(response.finishReason()).isEqualTo(FinishReason.MAX_TOKENS);
    }

    @Test
    void shouldReadDeepSeekReasoningAsThinkingWithoutSendingItBack() throws Exception {
        // given
        server.enqueue(Fixtures.jsonReply(getClass(), "reasoning-reply.json"));
        ChatRequest request = ChatRequest.of(
                "deepseek-reasoner",
                "",
                List.of(
                        Message.user("9.11 or 9.8?"),
                        Message.assistant(List.of(Thinking.of("earlier reasoning", ""), new Text("Let me think."))),
                        Message.user("Which is smaller?")),
                List.of());

        // when
        ChatResponse response = openai().complete(request);

        // then
        assertThat(response.message().content())
                .containsExactly(
                        Thinking.of("Compare the tenths: 1 is less than 8.", ""),
                        new Text("9.11 is smaller than 9.8."));
        JsonNode sent = Json.parse(server.takeRequest().getBody().utf8(), "request");
        assertThat(sent.path("messages").path(1))
                .isEqualTo(Json.object().put("role", "assistant").put("content", "Let me think."));
        assertThat(sent.has("tools")).isFalse();
        assertThat(sent.has("temperature")).isFalse();
    }

    @Test
    void shouldPostToAzureDeploymentWithApiKeyHeaderAndApiVersion() throws Exception {
        // given
        ProviderInfo azure = ProviderCatalog.load().require("azure");
        Map<String, String> env =
                Map.of("AZURE_OPENAI_ENDPOINT", server.url("/").toString(), "AZURE_OPENAI_API_KEY", "azure-key");
        ProviderEndpoint endpoint = azure.endpoint(env, Optional.empty(), Optional.empty());
        OpenAiProvider provider = new OpenAiProvider("azure", endpoint, http, OpenAiDialect.of(azure));
        server.enqueue(Fixtures.jsonReply(getClass(), "plain-reply.json"));

        // when
        provider.complete(ChatRequest.of("my-gpt4o", "", List.of(Message.user("Hello!")), List.of()));

        // then
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/openai/deployments/my-gpt4o/chat/completions");
        assertThat(request.getUrl().queryParameter("api-version")).isEqualTo("2024-10-21");
        assertThat(request.getHeaders().get("api-key")).isEqualTo("azure-key");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(Json.parse(request.getBody().utf8(), "request")
                        .path("max_completion_tokens")
                        .asInt())
                .isEqualTo(ChatRequest.DEFAULT_MAX_OUTPUT_TOKENS);
    }

    @Test
    void shouldReportReplyThatIsNotJson() {
        // given
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{\"id\": \"chatcmpl-1\", \"choices\": [")
                .build());

        // when / then
        assertThatThrownBy(
                        () -> openai().complete(ChatRequest.of("gpt-4.1", "", List.of(Message.user("Hi")), List.of())))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("is not valid JSON");
    }

    @Test
    void shouldReportReplyWithoutChoices() {
        // given
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{\"id\": \"chatcmpl-1\", \"choices\": []}")
                .build());

        // when / then
        assertThatThrownBy(
                        () -> openai().complete(ChatRequest.of("gpt-4.1", "", List.of(Message.user("Hi")), List.of())))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("no choices[0]");
    }
}
