package dev.gooseci.provider.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.provider.AuthenticationException;
import dev.gooseci.provider.BadRequestException;
import dev.gooseci.provider.Fixtures;
import dev.gooseci.provider.OverloadedException;
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

class OllamaErrorsTest {
    private static final Headers NONE = Headers.of();

    static Stream<Arguments> errors() {
        return Stream.of(
                row(400, NONE, "invalid-options.json", BadRequestException.class, "invalid options", null),
                row(404, NONE, "model-not-found.json", BadRequestException.class, "run `ollama pull llama3.2`", null),
                row(404, NONE, "page-not-found.txt", BadRequestException.class, "set OLLAMA_HOST", null),
                row(401, NONE, "unauthorized.json", AuthenticationException.class, "unauthorized", null),
                row(429, NONE, "rate-limited.json", RateLimitException.class, "usage limit", null),
                row(500, NONE, "runner-terminated.json", ServerException.class, "runner process", null),
                row(
                        503,
                        Headers.of("Retry-After", "3"),
                        "server-busy.json",
                        OverloadedException.class,
                        "server busy",
                        Duration.ofSeconds(3)),
                row(502, NONE, "bad-gateway.html", ServerException.class, "502 Bad Gateway", null));
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
        OllamaErrors errors = new OllamaErrors("llama3.2", "http://localhost:11434");

        // when
        ProviderException error = errors.map(status, headers, Fixtures.text(OllamaErrorsTest.class, body));

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
