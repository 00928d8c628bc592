package dev.gooseci.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.conversation.Message;
import dev.gooseci.provider.anthropic.AnthropicProvider;
import dev.gooseci.provider.gemini.GeminiProvider;
import dev.gooseci.provider.ollama.OllamaProvider;
import dev.gooseci.provider.openai.OpenAiProvider;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProviderFactoryITest {
    private final ProviderFactory factory = new ProviderFactory(
            ProviderCatalog.load(), HttpTransport.create(HttpTimeouts.defaults(), RetryPolicy.none()));
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} is built as {1}")
    @CsvSource({
        "openai, OpenAiProvider",
        "groq, OpenAiProvider",
        "vllm, OpenAiProvider",
        "anthropic, AnthropicProvider",
        "gemini, GeminiProvider",
        "ollama, OllamaProvider"
    })
    void shouldBuildEachWireFormatFromItsCatalogRow(String name, String type) {
        Map<String, String> env =
                Map.of("OPENAI_API_KEY", "k", "GROQ_API_KEY", "k", "ANTHROPIC_API_KEY", "k", "GEMINI_API_KEY", "k");

        ChatProvider provider = factory.create(name, env, Optional.empty(), Optional.empty());

        assertThat(provider.getClass().getSimpleName()).isEqualTo(type);
        assertThat(provider.name()).isEqualTo(name);
        assertThat(List.of(OpenAiProvider.class, AnthropicProvider.class, GeminiProvider.class, OllamaProvider.class))
                .contains(provider.getClass());
    }

    @Test
    void shouldSendToTheBaseUrlFromTheVendorVariable() throws InterruptedException {
        // given: OPENAI_BASE_URL points at a loopback fake, as a user's gateway would
        server.enqueue(new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body("{\"id\":\"c\",\"model\":\"gpt-4.1\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\","
                        + "\"message\":{\"role\":\"assistant\",\"content\":\"hi\"}}],"
                        + "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1}}")
                .build());
        Map<String, String> env = Map.of(
                "OPENAI_API_KEY",
                "sk-test",
                "OPENAI_BASE_URL",
                server.url("/gateway/v1").toString());

        // when
        ChatResponse response = factory.create("openai", env, Optional.empty(), Optional.empty())
                .complete(ChatRequest.of("gpt-4.1", "", List.of(Message.user("hello")), List.of()));

        // then
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/gateway/v1/chat/completions");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk-test");
        assertThat(response.message().text()).isEqualTo("hi");
    }

    @Test
    void shouldNameTheVariableToSetWhenTheKeyIsMissing() {
        assertThatThrownBy(() -> factory.create("anthropic", Map.of(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ANTHROPIC_API_KEY");
    }

    @Test
    void shouldListTheKnownProvidersForAnUnknownOne() {
        assertThatThrownBy(() -> factory.create("opneai", Map.of(), Optional.empty(), Optional.empty()))
                .hasMessageContaining("unknown provider 'opneai'")
                .hasMessageContaining("openai, ");
    }

    @Test
    void shouldPointReplayUsersAtTheTranscriptFlag() {
        assertThatThrownBy(() -> factory.create("replay", Map.of(), Optional.empty(), Optional.empty()))
                .hasMessageContaining("--replay FILE");
    }

    @Test
    void shouldUseTheCatalogDefaultModelUnlessOneIsGiven() {
        assertThat(factory.model("openai", Optional.of("gpt-4o-mini"))).isEqualTo("gpt-4o-mini");
        assertThat(factory.model("openai", Optional.empty()))
                .isEqualTo(
                        ProviderCatalog.load().require("openai").defaultModel().orElseThrow());
    }
}
