package dev.gooseci.provider.gemini;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeminiErrorsTest {
    private static final Headers NONE = Headers.of();

    static Stream<Arguments> errors() {
        return Stream.of(
                row(400, NONE, "invalid-argument.json", BadRequestException.class, "Unknown name", null),
                row(400, NONE, "context-too-long.json", ContextTooLongException.class, "larger context window", null),
                row(400, NONE, "api-key-invalid.json", AuthenticationException.class, "GEMINI_API_KEY", null),
                row(403, NONE, "api-key-invalid.json", AuthenticationException.class, "GOOGLE_API_KEY", null),
                row(401, NONE, "unauthenticated.json", AuthenticationException.class, "UNAUTHENTICATED", null),
                row(403, NONE, "permission-denied.json", PermissionDeniedException.class, "'gemini-2.5-flash'", null),
                row(404, NONE, "not-found.json", BadRequestException.class, "no model 'gemini-2.5-flash'", null),
                row(429, NONE, "resource-exhausted.json", RateLimitException.class, "quota", Duration.ofSeconds(37)),
                row(
                        429,
                        Headers.of("Retry-After", "12"),
                        "resource-exhausted.json",
                        RateLimitException.class,
                        "RESOURCE_EXHAUSTED",
                        Duration.ofSeconds(12)),
                row(500, NONE, "internal.json", ServerException.class, "INTERNAL", null),
                row(503, NONE, "unavailable.json", OverloadedException.class, "overloaded", null),
                row(504, NONE, "deadline-exceeded.json", ServerException.class, "DEADLINE_EXCEEDED", null),
                row(502, NONE, "bad-gateway.html", ServerException.class, "Bad Gateway", null));
    }

    private static Arguments row(
            int status,
            Headers headers,
            String body,
            Class<? extends ProviderException> type,
            String says,
            Duration retryAfter) {
        return Arguments.of(status, headers, body, type, says, Optional.ofNullable(retryAfter));
    }

    @ParameterizedTest(name = "{0} {2} -> {3}")
    @MethodSource("errors")
    void shouldMapStatusAndBodyToTypedError(
            int status,
            Headers headers,
            String body,
            Class<? extends ProviderException> type,
            String says,
            Optional<Duration> retryAfter) {
        // given
        GeminiErrors errors = new GeminiErrors("gemini-2.5-flash");

        // when
        ProviderException error = errors.map(status, headers, Fixtures.text(GeminiErrorsTest.class, body));

        // then
        assertThat(error).isExactlyInstanceOf(type);
        assertThat(error.getMessage()).contains(says);
        assertThat(error.status()).isEqualTo(status);
        assertThat(error.retryable())
                .isEqualTo(type == RateLimitException.class
                        || type == ServerException.class
                        || type == OverloadedException.class);
        assertThat(error.retryAfter()).isEqualTo(retryAfter);
    }
}
