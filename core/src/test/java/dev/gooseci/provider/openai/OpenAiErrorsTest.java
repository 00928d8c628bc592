package dev.gooseci.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.gooseci.provider.AuthenticationException;
import dev.gooseci.provider.BadRequestException;
import dev.gooseci.provider.ContextTooLongException;
import dev.gooseci.provider.Fixtures;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.OverloadedException;
import dev.gooseci.provider.PermissionDeniedException;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.provider.RateLimitException;
import dev.gooseci.provider.ServerException;
import java.time.Duration;
import java.util.stream.Stream;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The one status-to-exception method of the OpenAI format, as a table of recorded error bodies. */
class OpenAiErrorsTest {
    private final OpenAiErrors errors = new OpenAiErrors("openai", "OPENAI_API_KEY", "https://api.openai.com/v1");

    static Stream<Arguments> replies() {
        Headers none = Headers.of();
        return Stream.of(
                arguments(
                        401,
                        none,
                        "401-invalid-key.json",
                        AuthenticationException.class,
                        false,
                        null,
                        "openai: authentication failed (HTTP 401 invalid_api_key): Incorrect API key provided"),
                arguments(
                        401,
                        none,
                        "401-invalid-key.json",
                        AuthenticationException.class,
                        false,
                        null,
                        "Set OPENAI_API_KEY to a valid key"),
                arguments(
                        401,
                        none,
                        "401-lmstudio-string.json",
                        AuthenticationException.class,
                        false,
                        null,
                        "Unauthorized: missing or invalid API token"),
                arguments(
                        403,
                        none,
                        "403-unsupported-region.json",
                        PermissionDeniedException.class,
                        false,
                        null,
                        "Country, region, or territory not supported"),
                arguments(
                        404,
                        none,
                        "404-model-not-found.json",
                        BadRequestException.class,
                        false,
                        null,
                        "Check the model name (for Azure, the deployment name) and the base URL"),
                arguments(
                        400,
                        none,
                        "400-context-length.json",
                        ContextTooLongException.class,
                        false,
                        null,
                        "does not fit the model's context window (HTTP 400 context_length_exceeded)"),
                arguments(
                        400,
                        none,
                        "400-vllm-context.json",
                        ContextTooLongException.class,
                        false,
                        null,
                        "maximum context length is 8192 tokens"),
                arguments(
                        400,
                        none,
                        "400-invalid-param.json",
                        BadRequestException.class,
                        false,
                        null,
                        "(field max_tokens)"),
                arguments(
                        422,
                        none,
                        "422-mistral-extra.json",
                        BadRequestException.class,
                        false,
                        null,
                        "Extra inputs are not permitted"),
                arguments(
                        429,
                        Headers.of("retry-after", "2"),
                        "429-rate-limit.json",
                        RateLimitException.class,
                        true,
                        Duration.ofSeconds(2),
                        "openai: rate limited (HTTP 429 rate_limit_exceeded)"),
                arguments(
                        429,
                        Headers.of("retry-after-ms", "1400", "retry-after", "2"),
                        "429-rate-limit.json",
                        RateLimitException.class,
                        true,
                        Duration.ofMillis(1400),
                        "Please try again in 1.4s"),
                arguments(
                        429,
                        none,
                        "429-insufficient-quota.json",
                        PermissionDeniedException.class,
                        false,
                        null,
                        "check the plan and billing details of the account that owns OPENAI_API_KEY"),
                arguments(
                        500,
                        none,
                        "500-server-error.json",
                        ServerException.class,
                        true,
                        null,
                        "openai failed (HTTP 500): The server had an error"),
                arguments(
                        503,
                        Headers.of("retry-after", "5"),
                        "503-overloaded.json",
                        OverloadedException.class,
                        true,
                        Duration.ofSeconds(5),
                        "openai is overloaded (HTTP 503)"),
                arguments(
                        502,
                        none,
                        "502-gateway.html",
                        ServerException.class,
                        true,
                        null,
                        "<title>502 Bad Gateway</title>"),
                arguments(
                        502,
                        none,
                        "502-gateway.html",
                        ServerException.class,
                        true,
                        null,
                        "not a JSON error; a proxy or gateway may be in the way"));
    }

    @ParameterizedTest(name = "HTTP {0} {2} -> {3}")
    @MethodSource("replies")
    void shouldMapStatusAndBodyToTypedException(
            int status,
            Headers headers,
            String fixture,
            Class<? extends ProviderException> type,
            boolean retryable,
            Duration retryAfter,
            String message) {
        // given
        String body = Fixtures.read(getClass(), fixture);

        // when
        ProviderException error = errors.map(status, headers, body);

        // then
        assertThat(error).isInstanceOf(type).hasMessageContaining(message);
        assertThat(error.status()).isEqualTo(status);
        assertThat(error.retryable()).isEqualTo(retryable);
        assertThat(error.retryAfter().orElse(null)).isEqualTo(retryAfter);
    }

    @Test
    void shouldTellKeylessServersToConfigureAKey() {
        // given
        OpenAiErrors local = new OpenAiErrors("vllm", "", "http://localhost:8000/v1");

        // when
        ProviderException error = local.map(401, Headers.of(), "");

        // then
        assertThat(error)
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("(empty body)")
                .hasMessageContaining("The server at http://localhost:8000/v1 wants a key");
    }

    @ParameterizedTest(name = "stream error {0} -> HTTP {1}")
    @CsvSource({
        "'{\"type\":\"server_error\",\"message\":\"x\"}', 500",
        "'{\"type\":\"tokens\",\"code\":\"rate_limit_exceeded\",\"message\":\"x\"}', 429",
        "'{\"type\":\"insufficient_quota\",\"message\":\"x\"}', 429",
        "'{\"type\":\"invalid_request_error\",\"code\":\"context_length_exceeded\",\"message\":\"x\"}', 400",
        "'{\"code\":502,\"message\":\"Provider returned error\"}', 502",
        "'{\"message\":\"something odd\"}', 500"
    })
    void shouldGiveStreamedErrorsTheStatusTheyStandFor(String error, int status) {
        assertThat(OpenAiErrors.streamStatus(Json.parse(error, "error"))).isEqualTo(status);
    }
}
