package dev.gooseci.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Role;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnthropicMapperTest {

    @Test
    void shouldMergeSameRoleMessagesAndDropWhatTheApiRejects() {
        // given: two user turns in a row, an assistant turn split in two with blank text and thinking from another
        // vendor (no signature), and a user turn whose text comes before its tool results
        List<Message> messages = List.of(
                Message.user("Review this change."),
                Message.user("Focus on error handling."),
                Message.assistant(List.of(
                        new Thinking("reasoning from another vendor", "", false),
                        new Text("  "),
                        new ToolRequest("toolu_01", "read_file", "{\"path\": \"src/Main.java\"}"))),
                Message.assistant(List.of(
                        new ToolRequest("toolu_02", "list_files", ""),
                        new ToolRequest("toolu_03", "search", "{\"query\": "))),
                new Message(
                        Role.USER,
                        List.of(
                                new Text("Also check the tests."),
                                ToolResponse.ok("toolu_01", "class Main {}"),
                                ToolResponse.error("toolu_02", "denied: list_files is not allowed"))),
                Message.assistant(""));

        // when
        var body =
                AnthropicMapper.request(ChatRequest.of("claude-3-5-haiku-20241022", " ", messages, List.of()), false);

        // then
        assertThat(body).isEqualTo(Fixtures.json(getClass(), "repaired-request.json"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "end_turn, STOP",
        "stop_sequence, STOP",
        "tool_use, TOOL_USE",
        "max_tokens, MAX_TOKENS",
        "refusal, CONTENT_FILTER",
        "pause_turn, OTHER",
        "'', OTHER"
    })
    void shouldNormaliseStopReason(String stopReason, FinishReason expected) {
        assertThat(AnthropicMapper.finishReason(stopReason)).isEqualTo(expected);
    }
}
