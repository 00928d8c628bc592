package dev.gooseci.provider.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.conversation.Message;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.StreamListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo transcript for {@code goose-ci run --provider replay}, which lives at the repository root. */
class HelloTranscriptTest {
    /** Surefire runs in the module directory; the examples folder is one level up. */
    private static final Path HELLO = Path.of(System.getProperty("basedir", "."))
            .resolve("../examples/replay/hello.jsonl")
            .normalize();

    @Test
    void shouldAnswerTheDemoPromptWhateverTheSystemPromptAndTools() {
        // given
        assertThat(HELLO).exists();
        ReplayProvider replay = ReplayProvider.fromFile(HELLO);
        ChatRequest request = ChatRequest.of(
                        "whatever-model",
                        "You are Goose CI.",
                        List.of(Message.user("Say hello to Goose CI.")),
                        List.of(Conversations.READ_FILE, Conversations.SHELL))
                .withTemperature(0.7);

        // when
        ChatResponse response = replay.stream(request, StreamListener.NONE);

        // then
        assertThat(response.message().text()).startsWith("Hello, Goose CI!");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(replay.remaining()).isZero();
    }

    @Test
    void shouldRefuseADifferentPrompt() {
        ReplayProvider replay = ReplayProvider.fromFile(HELLO);
        ChatRequest request = ChatRequest.of("m", "", List.of(Message.user("Say goodbye.")), List.of());

        assertThatThrownBy(() -> replay.complete(request))
                .isInstanceOf(ReplayMismatchException.class)
                .hasMessageContaining("hello.jsonl, turn 1: request differs at messages[0].content[0].text: recorded"
                        + " \"Say hello to Goose CI.\", got \"Say goodbye.\"");
    }

    @Test
    void shouldBeOneTurnWithAHeader() throws Exception {
        assertThat(Files.readAllLines(HELLO)).hasSize(2).first().asString().startsWith("{\"goose_transcript\":1,");
    }
}
