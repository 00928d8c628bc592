package dev.gooseci.provider.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OllamaProviderITest {
    private static final ToolSpec WEATHER = new ToolSpec("get_weather", "Get the weather in a given city", """
            {"type": "object",
             "properties": {"city": {"type": "string", "description": "The city to get the weather for"}},
             "required": ["city"]}
            """);

    private final MockWebServer server = new MockWebServer();
    private OllamaProvider provider;

    @BeforeEach
    void startServer() throws Exception {
        server.start();
        ProviderEndpoint endpoint = ProviderEndpoint.of(server.url("/").toString(), null, AuthStyle.NONE);
        provider = new OllamaProvider("ollama", endpoint, new HttpTransport(new OkHttpClient(), RetryPolicy.none()));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void shouldSendSystemMessageAndOptionsAndReadTheReply() throws Exception {
        // given
        server.enqueue(json(200, "text-reply.json"));
        ChatRequest request = ChatRequest.of(
                        "llama3.2", "Answer in one sentence.", List.of(Message.user("why is the sky blue?")), List.of())
                .withMaxOutputTokens(512)
                .withTemperature(0);

        // when
        ChatResponse response = provider.complete(request);

        // then
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/api/chat");
        assertThat(body(sent)).isEqualTo(Fixtures.json(getClass(), "text-request.json"));
        assertThat(response.message().content())
                .containsExactly(new Text("Sunlight scatters off air molecules, and blue light scatters the most."));
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.usage()).isEqualTo(Usage.of(26, 298));
        assertThat(response.model()).isEqualTo("llama3.2");
    }

    @Test
    void shouldSendToolResultAsToolMessageNamedAfterTheCall() throws Exception {
        // given
        server.enqueue(json(200, "tool-call-reply.json"));
        server.enqueue(json(200, "final-answer-reply.json"));
        Message question = Message.user("what is the weather in Toronto?");

        // when
        ChatResponse call = provider.complete(ChatRequest.of("llama3.2", "", List.of(question), List.of(WEATHER)));
        ToolResponse result =
                ToolResponse.ok(call.message().toolRequests().get(0).id(), "11 degrees celsius");
        ChatResponse answer = provider.complete(ChatRequest.of(
                "llama3.2",
                "",
                List.of(question, call.message(), Message.toolResponses(List.of(result))),
                List.of(WEATHER)));

        // then
        assertThat(call.message().content())
                .containsExactly(new ToolRequest("call_0", "get_weather", "{\"city\":\"Toronto\"}"));
        assertThat(call.finishReason()).isEqualTo(FinishReason.TOOL_USE);
        server.takeRequest();
        assertThat(body(server.takeRequest())).isEqualTo(Fixtures.json(getClass(), "tool-result-request.json"));
        assertThat(answer.message().text()).isEqualTo("The current temperature in Toronto is 11°C.");
        assertThat(answer.usage()).isEqualTo(Usage.of(94, 11));
    }

    @Test
    void shouldStreamThinkingTextAndToolCallsUntilTheDoneLine() throws Exception {
        // given
        server.enqueue(ndjson("stream.ndjson"));
        RecordingListener listener = new RecordingListener();
        List<Message> conversation = List.of(
                Message.user("what is the weather in Toronto?"),
                Message.assistant(List.of(
                        Thinking.of("Toronto first.", ""),
                        new ToolRequest("call_0", "get_weather", "{\"city\":\"Toronto\"}"))),
                new Message(
                        Role.USER,
                        List.of(
                                ToolResponse.error("call_0", "weather service timed out"),
                                new Text("then try Tokyo"))));

        // when
        ChatResponse response = provider.stream(ChatRequest.of("qwen3", "", conversation, List.of(WEATHER)), listener);

        // then
        assertThat(body(server.takeRequest())).isEqualTo(Fixtures.json(getClass(), "stream-request.json"));
        assertThat(listener.events)
                .containsExactly(
                        "thinking:The user wants Tokyo's ",
                        "thinking:weather; call the tool.",
                        "text:Checking",
                        "text: now.",
                        "tool:0:call_1:get_weather:{\"city\":\"Tokyo\"}");
        assertThat(response.message().content())
                .containsExactly(
                        Thinking.of("The user wants Tokyo's weather; call the tool.", ""),
                        new Text("Checking now."),
                        new ToolRequest("call_1", "get_weather", "{\"city\":\"Tokyo\"}"));
        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_USE);
        assertThat(response.usage()).isEqualTo(Usage.of(169, 15));
        assertThat(response.model()).isEqualTo("qwen3");
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

    private static JsonNode body(RecordedRequest request) {
        return Json.parse(request.getBody().utf8(), "the recorded request");
    }
}
