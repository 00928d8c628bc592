package dev.gooseci.provider.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.Usage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TranscriptCodecTest {

    static List<ChatRequest> requests() {
        return Conversations.requests();
    }

    static List<ChatResponse> responses() {
        return Conversations.responses();
    }

    static Stream<Content> contents() {
        return Stream.concat(
                        requests().stream().flatMap(r -> r.messages().stream()),
                        responses().stream().map(ChatResponse::message))
                .flatMap(m -> m.content().stream());
    }

    /** Through the text, as a transcript line would carry it. */
    private static JsonNode viaText(JsonNode node) {
        return Json.parse(Json.write(node), "the encoding");
    }

    @ParameterizedTest
    @MethodSource("requests")
    void shouldDecodeEveryEncodedRequestToAnEqualRequest(ChatRequest request) {
        // given
        JsonNode encoded = viaText(TranscriptCodec.encodeRequest(request));

        // when
        ChatRequest decoded = TranscriptCodec.decodeRequest(encoded);

        // then
        assertThat(decoded).isEqualTo(request);
        assertThat(TranscriptCodec.encodeRequest(decoded)).isEqualTo(encoded);
    }

    @ParameterizedTest
    @MethodSource("responses")
    void shouldDecodeEveryEncodedResponseToAnEqualResponse(ChatResponse response) {
        ChatResponse decoded = TranscriptCodec.decodeResponse(viaText(TranscriptCodec.encodeResponse(response)));

        assertThat(decoded).isEqualTo(response);
    }

    @ParameterizedTest
    @MethodSource("contents")
    void shouldDecodeEveryEncodedContentBlockToAnEqualBlock(Content content) {
        Content decoded = TranscriptCodec.decodeContent(viaText(TranscriptCodec.encodeContent(content)));

        assertThat(decoded).isEqualTo(content);
    }

    @Test
    void shouldCoverEveryContentKindInTheRoundTrips() {
        assertThat(contents().map(Object::getClass).distinct())
                .containsExactlyInAnyOrder(Text.class, Thinking.class, ToolRequest.class, ToolResponse.class);
    }

    static Stream<Arguments> contentShapes() {
        return Stream.of(
                Arguments.of(new Text("hi"), "{\"type\":\"text\",\"text\":\"hi\"}"),
                Arguments.of(
                        Thinking.of("hmm", "sig"),
                        "{\"type\":\"thinking\",\"text\":\"hmm\",\"signature\":\"sig\",\"redacted\":false}"),
                Arguments.of(
                        Thinking.redacted("opaque"),
                        "{\"type\":\"thinking\",\"text\":\"opaque\",\"signature\":\"\",\"redacted\":true}"),
                Arguments.of(
                        new ToolRequest("c1", "developer__read_file", "{\"path\":\"a\"}"),
                        "{\"type\":\"tool_request\",\"id\":\"c1\",\"name\":\"developer__read_file\","
                                + "\"arguments\":{\"path\":\"a\"}}"),
                Arguments.of(
                        new ToolRequest("c2", "developer__shell", "{\"path\": \"a\"}"),
                        "{\"type\":\"tool_request\",\"id\":\"c2\",\"name\":\"developer__shell\","
                                + "\"arguments\":\"{\\\"path\\\": \\\"a\\\"}\"}"),
                Arguments.of(
                        new ToolRequest("c3", "developer__shell", "oops"),
                        "{\"type\":\"tool_request\",\"id\":\"c3\",\"name\":\"developer__shell\",\"arguments\":\"oops\"}"),
                Arguments.of(
                        ToolResponse.error("c1", "denied"),
                        "{\"type\":\"tool_response\",\"id\":\"c1\",\"content\":\"denied\",\"is_error\":true}"));
    }

    @ParameterizedTest
    @MethodSource("contentShapes")
    void shouldWriteEachContentKindInTheDocumentedShape(Content content, String expected) {
        assertThat(TranscriptCodec.encodeContent(content)).isEqualTo(Json.parse(expected, "expected"));
    }

    @Test
    void shouldWriteEveryRequestFieldInTheDocumentedShape() throws IOException {
        // given
        ChatRequest request = ChatRequest.of(
                        "claude-sonnet-4",
                        "You review code.",
                        Conversations.toolRound(),
                        List.of(Conversations.READ_FILE))
                .withMaxOutputTokens(1024);

        // when
        JsonNode encoded = TranscriptCodec.encodeRequest(request);

        // then
        assertThat(encoded).isEqualTo(fixture("request.json"));
    }

    @Test
    void shouldFillDefaultsForFieldsAHandWrittenTranscriptLeavesOut() {
        // given
        String request = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"tool_response\",\"id\":\"1\","
                + "\"content\":\"ok\"},{\"type\":\"thinking\",\"text\":\"t\"}]}]}";
        String response = "{\"message\":{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_request\",\"id\":\"1\","
                + "\"name\":\"x\"}]}}";

        // when
        ChatRequest decodedRequest = TranscriptCodec.decodeRequest(Json.parse(request, "request"));
        ChatResponse decodedResponse = TranscriptCodec.decodeResponse(Json.parse(response, "response"));

        // then
        assertThat(decodedRequest)
                .isEqualTo(new ChatRequest(
                        "",
                        "",
                        List.of(new Message(
                                dev.gooseci.conversation.Role.USER,
                                List.of(ToolResponse.ok("1", "ok"), new Thinking("t", "", false)))),
                        List.of(),
                        ChatRequest.DEFAULT_MAX_OUTPUT_TOKENS,
                        OptionalDouble.empty()));
        assertThat(decodedResponse)
                .isEqualTo(new ChatResponse(
                        Message.assistant(List.of(new ToolRequest("1", "x", "{}"))),
                        Usage.ZERO,
                        FinishReason.TOOL_USE,
                        ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"messages\":{}} | messages: expected a JSON array, found object {}",
                "{\"messages\":[{\"role\":\"system\",\"content\":[]}]} | messages[0].role: unknown role \"system\"",
                "{\"messages\":[{\"role\":\"user\"}]} | messages[0].content: required array of content blocks is missing",
                "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image\"}]}]} | messages[0].content[0].type:"
                        + " unknown content type \"image\"",
                "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\"}]}]} | messages[0].content[0].text:"
                        + " required string is missing",
                "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"tool_request\",\"id\":\"1\",\"name\":\"x\","
                        + "\"arguments\":[]}]}]} | messages[0].content[0].arguments: expected a JSON object or a string",
                "{\"tools\":[{\"name\":\"has space\"}]} | tools[0].name: tool name 'has space' must be",
                "{\"max_output_tokens\":0} | max_output_tokens: must be between 1 and",
                "{\"temperature\":\"hot\"} | temperature: expected a number or null, found string \"hot\"",
            })
    void shouldNameThePathOfAValueItCannotRead(String json, String message) {
        assertThatThrownBy(() -> TranscriptCodec.decodeRequest(Json.parse(json, "request")))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void shouldRefuseAResponseFromTheUser() {
        String json = "{\"message\":{\"role\":\"user\",\"content\":[]},\"finish_reason\":\"done\"}";

        assertThatThrownBy(() -> TranscriptCodec.decodeResponse(Json.parse(json, "response")))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("message.role: a response carries an \"assistant\" message, not \"user\"");
    }

    @Test
    void shouldNameTheFinishReasonsItKnows() {
        assertThatThrownBy(() -> TranscriptCodec.decodeFinishReason("done"))
                .hasMessage("unknown finish reason \"done\"; expected \"stop\", \"tool_use\", \"max_tokens\","
                        + " \"content_filter\" or \"other\"");
    }

    private JsonNode fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(getClass().getSimpleName() + "/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        }
    }
}
