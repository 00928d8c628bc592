package dev.gooseci.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.config.Secret;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.AuthStyle;
import dev.gooseci.provider.AuthenticationException;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.ContextTooLongException;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.Fixtures;
import dev.gooseci.provider.HttpTimeouts;
import dev.gooseci.provider.HttpTransport;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.MalformedResponseException;
import dev.gooseci.provider.ProviderEndpoint;
import dev.gooseci.provider.RateLimitException;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.provider.Usage;
import dev.gooseci.tool.ToolSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnthropicProviderTest {
    static final ToolSpec WEATHER = new ToolSpec("get_weather", "Get the current weather in a given location", """
            {"type": "object", "properties": {"location": {"type": "string", "description": \
            "The city and state, e.g. San Francisco, CA"}, "unit": {"type": "string", "enum": \
            ["celsius", "fahrenheit"], "description": "The unit of temperature, either \\"celsius\\" or \
            \\"fahrenheit\\""}}, "required": ["location"]}""");
    static final ToolSpec TIME = new ToolSpec("get_time", "Get the current time in a given time zone", """
            {"type": "object", "properties": {"timezone": {"type": "string", "description": \
            "The IANA time zone name, e.g. America/Los_Angeles"}}, "required": ["timezone"]}""");

    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void shouldSendSystemAndToolsWithCacheControlAndReadTextReply() throws Exception {
        // given
        server.enqueue(json(200, "text-reply.json"));
        ChatRequest request = new ChatRequest(
                        "claude-3-5-sonnet-20241022",
                        "You are a code reviewer.",
                        List.of(Message.user("Hello, Claude")),
                        List.of(WEATHER, TIME),
                        1024,
                        OptionalDouble.empty())
                .withTemperature(0.5);

        // when
        ChatResponse response = provider(RetryPolicy.none()).complete(request);

        // then
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1/messages");
        assertThat(sent.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(sent.getHeaders().get("x-api-key")).isEqualTo("sk-ant-test");
        assertThat(body(sent)).isEqualTo(Fixtures.json(getClass(), "text-request.json"));
        assertThat(response)
                .isEqualTo(new ChatResponse(
                        Message.assistant("Hi! My name is Claude."),
                        new Usage(21, 503, 0, 2051),
                        FinishReason.STOP,
                        "claude-3-5-sonnet-20241022"));
    }

    @Test
    void shouldReadToolUseReplyAsToolRequestWithJsonArguments() {
        // given
        server.enqueue(json(200, "tool-use-reply.json"));

        // when
        ChatResponse response = provider(RetryPolicy.none())
                .complete(ChatRequest.of(
                        "claude-3-5-sonnet-20241022", "", List.of(Message.user("Weather in SF?")), List.of(WEATHER)));

        // then
        assertThat(response.message().content())
                .containsExactly(
                        new Text("I'll check the current weather in San Francisco for you."),
                        new ToolRequest(
                                "toolu_01A09q90qw90lq917835lq9",
                                "get_weather",
                                "{\"location\":\"San Francisco, CA\",\"unit\":\"celsius\"}"));
        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_USE);
        assertThat(response.usage()).isEqualTo(new Usage(12, 72, 2051, 0));
    }

    @Test
    void shouldSendThinkingBackUnchangedOnTheNextTurn() throws Exception {
        // given a first turn whose reply thinks, in clear and redacted, before calling a tool
        server.enqueue(json(200, "thinking-reply.json"));
        server.enqueue(json(200, "text-reply.json"));
        AnthropicProvider provider = provider(RetryPolicy.none());
        ToolSpec weather = new ToolSpec(
                "get_weather",
                "Get the current weather in a given location",
                "{\"type\": \"object\", \"properties\": {\"location\": {\"type\": \"string\"}},"
                        + " \"required\": [\"location\"]}");
        List<Message> history = new ArrayList<>(List.of(Message.user("What's the weather in Paris?")));
        ChatResponse first =
                provider.complete(ChatRequest.of("claude-3-7-sonnet-20250219", "", history, List.of(weather)));
        server.takeRequest();

        // when the reply, the tool's result and a further user message are sent back
        history.add(first.message());
        history.add(Message.toolResponses(
                List.of(ToolResponse.ok("toolu_01CswdEQBMshySk6Y9DFKrfq", "Current temperature: 88°F"))));
        history.add(Message.user("Answer in one sentence."));
        provider.complete(ChatRequest.of("claude-3-7-sonnet-20250219", "", history, List.of(weather)));

        // then
        assertThat(first.message().content())
                .startsWith(
                        Thinking.of(
                                "The user wants to know the current weather in Paris. I have access to a function"
                                        + " `get_weather` that can provide this information.",
                                "BDaL4VrbR2Oj0hO4XpJxT28J5TILnCrrUXoKiiNBZW9P+nr8XSj1zuZzAl4egiCCpQNvfyUuFFJP5CncdYZEQPPmLx"
                                        + "YsNrcs...."),
                        Thinking.redacted(
                                "EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpPkNRj2YfWXGmKDxH"
                                        + "4mPnZ5sQ7vB8URj2pLmN4kD2xyz..."));
        assertThat(body(server.takeRequest())).isEqualTo(Fixtures.json(getClass(), "thinking-second-request.json"));
    }

    @Test
    void shouldRetryOverloadedAndSucceed() {
        // given
        server.enqueue(json(529, "overloaded.json"));
        server.enqueue(json(200, "text-reply.json"));

        // when
        ChatResponse response = provider(retrying()).complete(hello());

        // then
        assertThat(response.message().text()).isEqualTo("Hi! My name is Claude.");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits).hasSize(1);
    }

    @Test
    void shouldNotRetryAuthenticationFailure() {
        // given
        server.enqueue(json(401, "authentication.json"));
        server.enqueue(json(200, "text-reply.json"));

        // when
        AuthenticationException error = catchThrowableOfType(
                AuthenticationException.class, () -> provider(retrying()).complete(hello()));

        // then
        assertThat(error).hasMessageContaining("invalid x-api-key").hasMessageContaining("ANTHROPIC_API_KEY");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void shouldWaitAsLongAsRetryAfterSaysOnRateLimit() {
        // given
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("retry-after", "3")
                .body(text("rate-limit.json"))
                .build());
        server.enqueue(json(200, "text-reply.json"));

        // when
        provider(retrying()).complete(hello());

        // then
        assertThat(waits).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void shouldGiveUpOnRateLimitWithItsRetryAfterWhenRetriesAreOff() {
        // given
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("retry-after", "3")
                .body(text("rate-limit.json"))
                .build());

        // when
        RateLimitException error = catchThrowableOfType(
                RateLimitException.class, () -> provider(RetryPolicy.none()).complete(hello()));

        // then
        assertThat(error.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(error.status()).isEqualTo(429);
    }

    @Test
    void shouldReportPromptTooLongAsContextTooLong() {
        // given
        server.enqueue(json(400, "prompt-too-long.json"));

        // when
        ContextTooLongException error = catchThrowableOfType(
                ContextTooLongException.class, () -> provider(retrying()).complete(hello()));

        // then
        assertThat(error).hasMessageContaining("prompt is too long: 208310 tokens > 200000 maximum");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void shouldReportMalformedReplyWithWhatItGot() {
        // given
        server.enqueue(json(200, "truncated-reply.json"));

        // when
        MalformedResponseException error = catchThrowableOfType(
                MalformedResponseException.class, () -> provider(retrying()).complete(hello()));

        // then
        assertThat(error).hasMessageContaining("not valid JSON").hasMessageContaining("\"text\": \"Hel");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private AnthropicProvider provider(RetryPolicy retry) {
        ProviderEndpoint endpoint =
                ProviderEndpoint.of(server.url("/").toString(), Secret.of("sk-ant-test"), AuthStyle.X_API_KEY);
        return new AnthropicProvider("anthropic", endpoint, HttpTransport.create(HttpTimeouts.defaults(), retry));
    }

    private RetryPolicy retrying() {
        return RetryPolicy.defaults().withMaxRetries(2).withSleeper(waits::add);
    }

    private static ChatRequest hello() {
        return ChatRequest.of("claude-3-5-sonnet-20241022", "", List.of(Message.user("Hello, Claude")), List.of());
    }

    private MockResponse json(int status, String fixture) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .body(text(fixture))
                .build();
    }

    private String text(String fixture) {
        return Fixtures.text(getClass(), fixture);
    }

    private static JsonNode body(RecordedRequest request) {
        return Json.parse(request.getBody().utf8(), "the request body");
    }
}
