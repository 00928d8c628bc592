package dev.gooseci.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.config.Secret;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped provider table loads, and the environment turns each row into the endpoint users expect. */
class ProviderCatalogTest {
    private final ProviderCatalog catalog = ProviderCatalog.load();

    @Test
    void shouldLoadEveryRowTheIssueNames() {
        assertThat(catalog.all())
                .extracting(ProviderInfo::name)
                .containsAll(List.of(
                        "openai",
                        "azure",
                        "openrouter",
                        "groq",
                        "deepseek",
                        "mistral",
                        "xai",
                        "together",
                        "fireworks",
                        "litellm",
                        "vllm",
                        "lmstudio",
                        "llamacpp",
                        "anthropic",
                        "gemini",
                        "ollama",
                        "replay"))
                .doesNotHaveDuplicates();
    }

    @Test
    void shouldHaveParseableDefaultBaseUrls() {
        for (ProviderInfo info : catalog.all()) {
            info.defaultBaseUrl()
                    .ifPresent(url ->
                            assertThat(HttpUrl.parse(url)).as(info.name()).isNotNull());
            if (info.format() != WireFormat.REPLAY && !info.name().equals("azure")) {
                assertThat(info.defaultBaseUrl()).as(info.name()).isPresent();
            }
        }
    }

    @Test
    void shouldRejectTwoRowsWithOneName() {
        ProviderInfo openai = catalog.require("openai");
        assertThatThrownBy(() -> new ProviderCatalog(List.of(openai, openai)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'openai' is listed twice");
    }

    @Test
    void shouldListKnownNamesForUnknownProvider() {
        assertThat(catalog.find("nope")).isEmpty();
        assertThatThrownBy(() -> catalog.require("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown provider 'nope'")
                .hasMessageContaining("openai, azure, openrouter");
    }

    @Test
    void shouldReportTyposInTheTableWithRowAndField() {
        String yaml = "- name: broken\n  displayName: Broken\n  baseUrl: https://x.example\n  keyEnvs: [X]\n";
        assertThatThrownBy(() -> ProviderCatalogReader.read(yaml, "test.yaml"))
                .hasMessageContaining("test.yaml row 1 (broken): unknown field 'keyEnvs'");
    }

    @ParameterizedTest(name = "{0} with {1} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # provider | env (K=V;K=V)                                               | override          | base URL                                          | query             | header
            openai     | OPENAI_API_KEY=sk-1                                         | -                 | https://api.openai.com/v1                         | -                 | Authorization=Bearer sk-1
            openai     | OPENAI_API_KEY=sk-1;OPENAI_BASE_URL=http://proxy:8080/v1/   | -                 | http://proxy:8080/v1                              | -                 | Authorization=Bearer sk-1
            openai     | OPENAI_API_KEY=sk-1;OPENAI_BASE_URL=http://proxy:8080/v1    | https://other/v1  | https://other/v1                                  | -                 | Authorization=Bearer sk-1
            azure      | AZURE_OPENAI_ENDPOINT=https://res.openai.azure.com/;AZURE_OPENAI_API_KEY=k | - | https://res.openai.azure.com/openai/deployments | api-version=2024-10-21 | api-key=k
            azure      | AZURE_OPENAI_ENDPOINT=https://res.openai.azure.com;AZURE_OPENAI_API_KEY=k;AZURE_OPENAI_API_VERSION=2025-01-01-preview | - | https://res.openai.azure.com/openai/deployments | api-version=2025-01-01-preview | api-key=k
            gemini     | GOOGLE_API_KEY=g2;GEMINI_API_KEY=g1                         | -                 | https://generativelanguage.googleapis.com         | -                 | x-goog-api-key=g1
            gemini     | GOOGLE_API_KEY=g2                                           | -                 | https://generativelanguage.googleapis.com         | -                 | x-goog-api-key=g2
            anthropic  | ANTHROPIC_API_KEY=a;ANTHROPIC_BASE_URL=https://gw.example   | -                 | https://gw.example                                | -                 | x-api-key=a
            ollama     | OLLAMA_HOST=127.0.0.1:11434                                 | -                 | http://127.0.0.1:11434                            | -                 | -
            vllm       | -                                                           | -                 | http://localhost:8000/v1                          | -                 | -
            """)
    void shouldResolveEndpointFromEnvironment(
            String provider, String env, String override, String baseUrl, String query, String header) {
        // when
        ProviderEndpoint endpoint =
                catalog.require(provider).endpoint(parse(env), Optional.ofNullable(override), Optional.empty());

        // then
        assertThat(endpoint.baseUrl()).isEqualTo(baseUrl);
        assertThat(endpoint.query()).isEqualTo(parse(query));
        Map<String, String> headers = parse(header);
        assertThat(endpoint.request("/x").build().headers().toMultimap().keySet())
                .containsAll(headers.keySet().stream().map(String::toLowerCase).toList());
        headers.forEach((name, value) ->
                assertThat(endpoint.request("/x").build().header(name)).isEqualTo(value));
        assertThat(endpoint.apiKey().isPresent()).isEqualTo(!headers.isEmpty());
    }

    @Test
    void shouldPreferExplicitKeyOverEnvironment() {
        ProviderEndpoint endpoint = catalog.require("openai")
                .endpoint(Map.of("OPENAI_API_KEY", "from-env"), Optional.empty(), Optional.of(Secret.of("given")));
        assertThat(endpoint.apiKey()).contains(Secret.of("given"));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
        "openai, set OPENAI_API_KEY",
        "gemini, set GEMINI_API_KEY or GOOGLE_API_KEY",
        "azure, set AZURE_OPENAI_ENDPOINT to the service's URL",
        "replay, has no HTTP endpoint"
    })
    void shouldNameTheVariableToSetWhenSomethingIsMissing(String provider, String message) {
        ProviderInfo info = catalog.require(provider);
        assertThatThrownBy(() -> info.endpoint(Map.of(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void shouldNotNeedAKeyForLocalServers() {
        ProviderEndpoint endpoint = catalog.require("ollama").endpoint(Map.of(), Optional.empty(), Optional.empty());
        assertThat(endpoint.apiKey()).isEmpty();
        assertThat(endpoint.authStyle()).isEqualTo(AuthStyle.NONE);
        assertThat(catalog.require("ollama").defaultModel()).contains("qwen2.5-coder");
    }

    private static Map<String, String> parse(String pairs) {
        Map<String, String> map = new HashMap<>();
        if (pairs != null) {
            for (String pair : pairs.split(";")) {
                String[] kv = pair.split("=", 2);
                map.put(kv[0].trim(), kv[1].trim());
            }
        }
        return map;
    }
}
