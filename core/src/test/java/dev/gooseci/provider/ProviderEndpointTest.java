package dev.gooseci.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.config.Secret;
import java.util.Map;
import java.util.Optional;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProviderEndpointTest {

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({
        "https://api.openai.com/v1,  chat/completions,  https://api.openai.com/v1/chat/completions",
        "https://api.openai.com/v1/, chat/completions,  https://api.openai.com/v1/chat/completions",
        "https://api.openai.com/v1,  /chat/completions, https://api.openai.com/v1/chat/completions",
        "https://api.openai.com/v1/, /chat/completions, https://api.openai.com/v1/chat/completions",
        "http://localhost:11434,     /api/chat,         http://localhost:11434/api/chat",
        "http://localhost:11434/,    api/chat,          http://localhost:11434/api/chat",
    })
    void shouldJoinPathsWithExactlyOneSlash(String base, String path, String expected) {
        // given
        ProviderEndpoint endpoint = ProviderEndpoint.of(base, null, AuthStyle.NONE);

        // then
        assertThat(endpoint.url(path)).hasToString(expected);
    }

    @Test
    void shouldAddQueryParametersToEveryUrl() {
        // given
        ProviderEndpoint endpoint = new ProviderEndpoint(
                "https://example.openai.azure.com/openai/deployments/gpt-4o/",
                Optional.empty(),
                AuthStyle.API_KEY,
                Map.of(),
                Map.of("api-version", "2024-10-21"));

        // then
        assertThat(endpoint.url("chat/completions"))
                .hasToString(
                        "https://example.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "BEARER,         Authorization,  Bearer sk-test",
        "API_KEY,        api-key,        sk-test",
        "X_API_KEY,      x-api-key,      sk-test",
        "X_GOOG_API_KEY, x-goog-api-key, sk-test",
    })
    void shouldSendTheKeyInTheVendorsHeader(AuthStyle style, String header, String value) {
        // given
        ProviderEndpoint endpoint = new ProviderEndpoint(
                "https://host/v1",
                Optional.of(Secret.of("sk-test")),
                style,
                Map.of("anthropic-version", "2023-06-01"),
                Map.of());

        // when
        Request request = endpoint.request("messages").build();

        // then
        assertThat(request.header(header)).isEqualTo(value);
        assertThat(request.header("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(request.headers().size()).isEqualTo(2);
    }

    @Test
    void shouldSendNoKeyWithAuthStyleNone() {
        // given
        ProviderEndpoint endpoint = new ProviderEndpoint(
                "http://localhost:11434", Optional.of(Secret.of("sk-test")), AuthStyle.NONE, Map.of(), Map.of());

        // when
        Request request = endpoint.request("/api/chat").build();

        // then
        assertThat(request.headers().size()).isZero();
    }

    @Test
    void shouldSendNoAuthHeaderWithoutAKey() {
        assertThat(ProviderEndpoint.of("https://host/v1", null, AuthStyle.BEARER)
                        .request("models")
                        .build()
                        .header("Authorization"))
                .isNull();
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource({"localhost:11434", "ftp://host/v1", "api.openai.com/v1", "''"})
    void shouldSayHowToWriteABadBaseUrl(String base) {
        assertThatThrownBy(() -> ProviderEndpoint.of(base, null, AuthStyle.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("base URL '" + base + "' is not an http(s) URL; set it like https://host[:port]/path");
    }

    @Test
    void shouldNotShowTheKeyInToString() {
        assertThat(ProviderEndpoint.of("https://host/v1", Secret.of("sk-live-abc"), AuthStyle.BEARER)
                        .toString())
                .doesNotContain("sk-live-abc");
    }
}
