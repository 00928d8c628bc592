package dev.gooseci.provider.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.conversation.Message;
import dev.gooseci.provider.AuthenticationException;
import dev.gooseci.provider.BadRequestException;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ContextTooLongException;
import dev.gooseci.provider.MalformedResponseException;
import dev.gooseci.provider.NetworkException;
import dev.gooseci.provider.OverloadedException;
import dev.gooseci.provider.PermissionDeniedException;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.provider.RateLimitException;
import dev.gooseci.provider.ServerException;
import dev.gooseci.provider.StreamListener;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplayErrorTest {
    private static final ChatRequest REQUEST = ChatRequest.of("m", "", List.of(Message.user("Hi")), List.of());

    @ParameterizedTest(name = "turn {0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1  | RateLimitException        | 429 | true  | 1000 | 429 from openai: Rate limit reached for gpt-4o",
                "2  | OverloadedException       | 529 | true  | 250  | 529 from anthropic: Overloaded",
                "3  | AuthenticationException   | 401 | false |      | 401 from openai: Incorrect API key; set OPENAI_API_KEY",
                "4  | BadRequestException       | 400 | false |      | 400 from openai: unknown parameter",
                "5  | ContextTooLongException   | 400 | false |      | 400 from anthropic: prompt is too long",
                "6  | ServerException           | 500 | true  |      | 500 from gemini: internal error",
                "7  | NetworkException          | 0   | true  |      | connection reset talking to localhost:11434",
                "8  | PermissionDeniedException | 403 | false |      | 403 from openai: model not allowed",
                "9  | MalformedResponseException| 0   | false |      | the reply is not valid JSON",
                "10 | RateLimitException        | 429 | true  |      | recorded rate_limit error",
            })
    void shouldReplayAnErrorTurnAsItsTypedException(
            int turn, String type, int status, boolean retryable, Long retryAfterMs, String message) {
        // given
        ReplayProvider replay = ReplayProvider.fromFile(Fixtures.path(getClass(), "errors.jsonl"));
        for (int earlier = 1; earlier < turn; earlier++) {
            assertThatThrownBy(() -> replay.complete(REQUEST)).isInstanceOf(ProviderException.class);
        }

        // when / then
        assertThatThrownBy(() -> replay.complete(REQUEST)).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.getClass().getSimpleName()).isEqualTo(type);
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.retryable()).isEqualTo(retryable);
            assertThat(e.retryAfter())
                    .isEqualTo(java.util.Optional.ofNullable(retryAfterMs).map(Duration::ofMillis));
            assertThat(e.getMessage()).isEqualTo(message);
        });
        assertThat(replay.remaining()).isEqualTo(10 - turn);
    }

    @Test
    void shouldCoverEveryExceptionTheProviderPackageDefines() {
        List<Class<?>> covered = List.of(
                RateLimitException.class,
                OverloadedException.class,
                AuthenticationException.class,
                BadRequestException.class,
                ContextTooLongException.class,
                ServerException.class,
                NetworkException.class,
                PermissionDeniedException.class,
                MalformedResponseException.class);

        assertThat(RecordedError.TYPES.stream()
                        .filter(t -> !t.equals("provider"))
                        .<Class<?>>map(t -> new RecordedError(t, "m", 400, null, false)
                                .toException()
                                .getClass()))
                .containsExactlyElementsOf(covered);
    }

    @Test
    void shouldThrowARecordedErrorFromAStreamBeforeAnyDelta() {
        // given
        ReplayProvider replay = ReplayProvider.fromLines(List.of("{\"turn\":1,\"error\":{\"type\":\"server\"}}"));
        StreamListener failing = new StreamListener() {
            @Override
            public void onText(String delta) {
                throw new AssertionError("no delta expected");
            }
        };

        // when / then
        assertThatThrownBy(() -> replay.stream(REQUEST, failing))
                .isInstanceOf(ServerException.class)
                .hasMessage("recorded server error");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not json | line 1: the line is not valid JSON (",
                "[1] | line 1: expected a JSON object, found array [1]",
                "{\"turn\":2,\"response\":{\"message\":{\"role\":\"assistant\",\"content\":[]}}}"
                        + " | line 1: turn: expected turn 1, found 2; number turns 1, 2, 3… in order",
                "{\"response\":{\"message\":{\"role\":\"assistant\",\"content\":[]}}}"
                        + " | line 1: turn: required turn number is missing; expected 1",
                "{\"turn\":1} | line 1: turn 1 needs exactly one of \"response\" and \"error\"",
                "{\"turn\":1,\"reponse\":{}} | line 1: reponse: unknown field; a turn line has turn, request, and"
                        + " response or error",
                "{\"turn\":1,\"request\":{\"message\":[]},\"error\":{\"type\":\"server\"}} | line 1: request.message:"
                        + " unknown request field; a request has model, system, messages, tools, max_output_tokens,"
                        + " temperature",
                "{\"turn\":1,\"response\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"type\":\"image\"}]}}}"
                        + " | line 1: response.message.content[0].type: unknown content type \"image\"",
                "{\"turn\":1,\"error\":{\"type\":\"teapot\"}} | line 1: error.type: unknown error type \"teapot\";"
                        + " expected one of rate_limit, overloaded,",
                "{\"goose_transcript\":2} | line 1: goose_transcript: this Goose CI reads transcript version 1, the"
                        + " file says 2; record it again with this version",
            })
    void shouldNameTheLineAndFieldOfABrokenTranscript(String line, String message) {
        assertThatThrownBy(() -> ReplayProvider.fromLines(List.of(line)))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessageStartingWith("inline transcript, " + message);
    }

    @Test
    void shouldCountBlankLinesAndRefuseALateHeader() {
        List<String> lines = List.of("", "{\"turn\":1,\"error\":{\"type\":\"server\"}}", "{\"goose_transcript\":1}");

        assertThatThrownBy(() -> ReplayProvider.fromLines(lines))
                .hasMessage("inline transcript, line 3: a header line may only be the first line of a transcript");
    }
}
