package dev.gooseci.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.tool.ToolSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApproximateTokenCounterTest {

    @Test
    void shouldCountFourCharactersATokenPlusFourTokensAMessage() {
        // given: 40 + 40 + 4 + (1 + 1 + 2) + (1 + 3) characters, three messages
        ChatRequest request = ChatRequest.of(
                "m",
                "s".repeat(40),
                List.of(
                        Message.user("t".repeat(40)),
                        Message.assistant(List.of(new ToolRequest("1", "a", "{}"))),
                        Message.toolResponses(List.of(ToolResponse.ok("1", "abc")))),
                List.of(new ToolSpec("a", "b", "{}")));

        // when
        long tokens = TokenCounter.approximate().count(request);

        // then: 92 characters are 23 tokens, and three messages add 12
        assertThat(tokens).isEqualTo(35);
    }
}
