package dev.gooseci.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.provider.AuthenticationException;
import dev.gooseci.provider.BadRequestException;
import dev.gooseci.provider.ContextTooLongException;
import dev.gooseci.provider.Fixtures;
import dev.gooseci.provider.OverloadedException;
import dev.gooseci.provider.PermissionDeniedException;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.provider.RateLimitException;
import dev.gooseci.provider.ServerException;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnthropicErrorsTest {
    private static final String MODEL = "claude-3-opus-2099";

    static Stream<Arguments> replies() {
        return Stream.of(
                row(400, "", "invalid-request.json", BadRequestException.class, false, "roles must alternate"),
                row(400, "", "prompt-too-long.json", ContextTooLongException.class, false, "208310 tokens"),
                row(401, "", "authentication.json", AuthenticationException.class, false, "Set ANTHROPIC_API_KEY"),
                row(403, "", "permission.json", PermissionDeniedException.class, false, MODEL),
                row(404, "", "not-found.json", BadRequestException.class, false, "Model '" + MODEL + "'"),
                row(413, "", "request-too-large.json", ContextTooLongException.class, false, "size limit"),
                row(429, "20", "rate-limit.json", RateLimitException.class, true, "per-minute rate limit"),
                row(500, "", "api-error.json", ServerException.class, true, "Internal server error"),
                row(529, "", "overloaded.json", OverloadedException.class, true, "HTTP 529 overloaded_error"),
                row(529, "", "empty.txt", OverloadedException.class, true, "(empty body)"),
                row(502, "", "bad-gateway.html", ServerException.class, true, "HTTP 502 error: (not Anthropic's"),
                row(401, "", "bad-gateway.html", AuthenticationException.class, false, "502 Bad Gateway"),
                row(400, "", "future-error.json", ProviderException.class, false, "credit balance is too low"));
    }

    private static Arguments row(
            int status,
            String retryAfter,
            String body,
            Class<? extends ProviderException> type,
            boolean retryable,
            String message) {
        return Arguments.of(status, retryAfter, body, type, retryable, message);
    }

    @ParameterizedTest(name = "HTTP {0} {2} -> {3}")
    @MethodSource("replies")
    void shouldMapStatusAndErrorTypeToTypedException(
            int status,
            String retryAfter,
            String body,
            Class<? extends ProviderException> type,
            boolean retryable,
            String message) {
        // given
        Headers headers = retryAfter.isEmpty() ? Headers.EMPTY : Headers.of("retry-after", retryAfter);

        // when
        ProviderException error =
                AnthropicErrors.map(MODEL, status, headers, Fixtures.text(AnthropicErrorsTest.class, body));

        // then
        assertThat(error).isExactlyInstanceOf(type).hasMessageContaining(message);
        assertThat(error.status()).isEqualTo(status);
        assertThat(error.retryable()).isEqualTo(retryable);
        assertThat(error.retryAfter())
                .isEqualTo(retryAfter.isEmpty() ? Optional.empty() : Optional.of(Duration.ofSeconds(20)));
    }

    @Test
    void shouldMapStreamErrorEventLikeTheStatusItsTypeStandsFor() {
        // given
        String data = Fixtures.text(AnthropicErrorsTest.class, "overloaded.json");

        // when
        ProviderException error = AnthropicErrors.fromEvent(MODEL, data);

        // then
        assertThat(error).isInstanceOf(OverloadedException.class).hasMessageContaining("Overloaded");
        assertThat(error.status()).isEqualTo(529);
        assertThat(error.retryable()).isTrue();
    }
}
