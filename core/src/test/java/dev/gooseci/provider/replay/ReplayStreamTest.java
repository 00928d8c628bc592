package dev.gooseci.provider.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.StreamListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplayStreamTest {
    private static final ChatRequest REQUEST = ChatRequest.of("m", "", List.of(Message.user("Read")), List.of());

    /** Collects every delta in arrival order. */
    static final class Deltas implements StreamListener {
        final List<String> text = new ArrayList<>();
        final List<String> thinking = new ArrayList<>();
        final List<String[]> toolCalls = new ArrayList<>();

        @Override
        public void onText(String delta) {
            text.add(delta);
        }

        @Override
        public void onThinking(String delta) {
            thinking.add(delta);
        }

        @Override
        public void onToolCall(int index, String id, String name, String argumentsDelta) {
            toolCalls.add(new String[] {String.valueOf(index), id, name, argumentsDelta});
        }

        String arguments(int index) {
            StringBuilder joined = new StringBuilder();
            toolCalls.stream().filter(c -> c[0].equals(String.valueOf(index))).forEach(c -> joined.append(c[3]));
            return joined.toString();
        }
    }

    private ReplayProvider provider() {
        return ReplayProvider.fromFile(Fixtures.path(getClass(), "stream.jsonl"));
    }

    @Test
    void shouldStreamDeltasThatConcatenateToTheRecordedResponse() {
        // given
        Deltas deltas = new Deltas();

        // when
        ChatResponse streamed = provider().stream(REQUEST, deltas);

        // then
        assertThat(streamed).isEqualTo(provider().complete(REQUEST));
        assertThat(deltas.text).hasSizeGreaterThan(1);
        assertThat(String.join("", deltas.text)).isEqualTo(streamed.message().text());
        Thinking signed = (Thinking) streamed.message().content().get(0);
        assertThat(String.join("", deltas.thinking))
                .as("redacted thinking is not streamed")
                .isEqualTo(signed.text());
        List<ToolRequest> calls = streamed.message().toolRequests();
        for (int i = 0; i < calls.size(); i++) {
            assertThat(deltas.arguments(i)).isEqualTo(calls.get(i).arguments());
        }
        assertThat(deltas.arguments(1)).isEqualTo("{\"path\": \"Bar.java\"}");
    }

    @Test
    void shouldSendEachToolCallsIdAndNameFirstThenOnlyArguments() {
        // given
        Deltas deltas = new Deltas();

        // when
        provider().stream(REQUEST, deltas);

        // then
        assertThat(deltas.toolCalls.get(0)).containsExactly("0", "call_a", "developer__read_file", "");
        List<String[]> rest = deltas.toolCalls.subList(1, deltas.toolCalls.size());
        int second = 1 + (int) rest.stream().takeWhile(c -> c[0].equals("0")).count();
        assertThat(deltas.toolCalls.get(second)).containsExactly("1", "call_b", "developer__read_file", "");
        assertThat(second)
                .as("the first call's arguments came in several fragments")
                .isGreaterThan(2);
        assertThat(deltas.toolCalls)
                .filteredOn(c -> !c[3].isEmpty())
                .allSatisfy(c -> assertThat(c[1] + c[2]).isEmpty());
    }

    @Test
    void shouldStreamNothingWhenTheRequestDiffers() {
        // given
        Deltas deltas = new Deltas();
        ReplayProvider replay = ReplayProvider.fromLines(
                List.of(
                        "{\"turn\":1,\"request\":{\"model\":\"a\"},"
                                + "\"response\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}]}}}"));

        // when / then
        assertThatThrownBy(() -> replay.stream(REQUEST, deltas)).isInstanceOf(ReplayMismatchException.class);
        assertThat(deltas.text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "ab", "abcd", "🪿🪿🪿🪿", "a🪿", "Hello, Goose CI! A longer sentence."})
    void shouldSplitTextIntoAFewPiecesThatJoinBack(String text) {
        List<String> pieces = StreamReplay.split(text);

        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces).hasSizeLessThanOrEqualTo(StreamReplay.PIECES).allSatisfy(piece -> {
            assertThat(piece).isNotEmpty();
            assertThat(Character.isHighSurrogate(piece.charAt(piece.length() - 1)))
                    .as("a surrogate pair is never split")
                    .isFalse();
        });
    }
}
