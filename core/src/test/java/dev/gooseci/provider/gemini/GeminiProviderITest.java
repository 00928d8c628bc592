package dev.gooseci.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.gooseci.provider.ProviderEndpoint;
import dev.gooseci.provider.RecordingListener;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.provider.Usage;
import dev.gooseci.tool.ToolSpec;
import java.util.List;
import java.util.OptionalDouble;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GeminiProviderITest {
    private static final String MODEL = "gemini-2.5-flash";
    private static final String SIGNATURE = "CiQB0e2Kb7Ez5pNHZ+JKsw0ywYzI3Ds0hGqQcU1LADoSDg==";
    private static final ToolSpec TEMPERATURE =
            new ToolSpec("get_current_temperature", "Gets the current temperature for a given location.", """
            {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "additionalProperties": false,
             "properties": {
               "location": {"type": "string", "description": "The city name, e.g. London"},
               "unit": {"type": ["string", "null"], "enum": ["celsius", "fahrenheit"], "$comment": "optional"}},
             "required": ["location"]}
            """);

    private final MockWebServer server = new MockWebServer();
    private GeminiProvider provider;

    @BeforeEach
    void startServer() throws Exception {
        server.start();
        ProviderEndpoint endpoint =
                ProviderEndpoint.of(server.url("/").toString(), Secret.of("test-key"), AuthStyle.X_GOOG_API_KEY);
        RetryPolicy retry = RetryPolicy.none();
        provider = new GeminiProvider("gemini", endpoint, new HttpTransport(new OkHttpClient(), retry));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void shouldSendSystemInstructionAndReadTextReply() throws Exception {
        // given
        server.enqueue(json(200, "text-reply.json"));
        ChatRequest request = new ChatRequest(
                        MODEL,
                        "You are a cat. Your name is Neko.",
                        List.of(Message.user("Hello there")),
                        List.of(),
                        1024,
                        OptionalDouble.empty())
                .withTemperature(0.2);

        // when
        ChatResponse response = provider.complete(request);

        // then
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
        assertThat(sent.getHeaders().get("x-goog-api-key")).isEqualTo("test-key");
        assertThat(body(sent)).isEqualTo(Fixtures.json(getClass(), "text-request.json"));
        assertThat(response.message().content())
                .containsExactly(new Text("Meow! Hello there, I'm Neko. Do you have any treats?"));
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.usage()).isEqualTo(new Usage(8, 13, 4, 0));
        assertThat(response.model()).isEqualTo(MODEL);
    }

    @Test
    void shouldSendFunctionResponseNamedAfterItsCallWithTheSignatureKept() throws Exception {
        // given
        server.enqueue(json(200, "function-call-reply.json"));
        server.enqueue(json(200, "final-answer-reply.json"));
        Message question = Message.user("What's the temperature in London?");

        // when
        ChatResponse call = provider.complete(ChatRequest.of(MODEL, "", List.of(question), List.of(TEMPERATURE)));
        ToolResponse result =
                ToolResponse.ok(call.message().toolRequests().get(0).id(), "18 degrees celsius");
        ChatResponse answer = provider.complete(ChatRequest.of(
                MODEL,
                "",
                List.of(question, call.message(), Message.toolResponses(List.of(result))),
                List.of(TEMPERATURE)));

        // then
        assertThat(call.message().content())
                .containsExactly(
                        Thinking.of("", SIGNATURE),
                        new ToolRequest("call_0", "get_current_temperature", "{\"location\":\"London\"}"));
        assertThat(call.finishReason()).isEqualTo(FinishReason.TOOL_USE);
        assertThat(call.usage()).isEqualTo(Usage.of(70, 58));
        server.takeRequest();
        assertThat(body(server.takeRequest())).isEqualTo(Fixtures.json(getClass(), "function-response-request.json"));
        assertThat(answer.message().text()).isEqualTo("It is 18°C in London right now.");
    }

    @Test
    void shouldStreamThoughtsTextAndWholeFunctionCalls() throws Exception {
        // given
        server.enqueue(sse("stream.sse"));
        RecordingListener listener = new RecordingListener();
        List<Message> conversation = List.of(
                Message.user("What's the temperature in London?"),
                Message.assistant(
                        List.of(new ToolRequest("call_0", "get_current_temperature", "{\"location\":\"London\"}"))),
                new Message(
                        Role.USER,
                        List.of(
                                ToolResponse.error("call_0", "weather service timed out"),
                                new Text("Try Paris instead."))));

        // when
        ChatResponse response = provider.stream(ChatRequest.of(MODEL, "", conversation, List.of()), listener);

        // then
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getTarget()).isEqualTo("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse");
        assertThat(body(sent)).isEqualTo(Fixtures.json(getClass(), "stream-request.json"));
        assertThat(listener.events)
                .containsExactly(
                        "thinking:The user now asks about Paris.",
                        "text:Let me check ",
                        "text:Paris as well.",
                        "tool:0:call_1:get_current_temperature:{\"location\":\"Paris\"}");
        assertThat(response.message().content())
                .containsExactly(
                        Thinking.of("The user now asks about Paris.", ""),
                        new Text("Let me check Paris as well."),
                        Thinking.of("", "Ck0BVKhc7w2xTmQpYfE8Lr9oS1a3gHdZ"),
                        new ToolRequest("call_1", "get_current_temperature", "{\"location\":\"Paris\"}"));
        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_USE);
        assertThat(response.usage()).isEqualTo(Usage.of(130, 40));
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

    private static JsonNode body(RecordedRequest request) {
        return Json.parse(request.getBody().utf8(), "the recorded request");
    }
}
