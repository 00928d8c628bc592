package dev.gooseci.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void shouldNeverShowTheApiKeyInToString() {
        // given
        Settings settings = withKey(Settings.defaults(), "sk-live-0123456789abcdef");

        // when
        String text = settings.toString();

        // then
        assertThat(text)
                .doesNotContain("sk-live")
                .doesNotContain("0123456789abcdef")
                .contains("****");
    }

    @Test
    void shouldPreferTheTopLevelBaseUrlForTheSelectedProviderOnly() {
        // given
        Settings settings = new Settings(
                "openai",
                Optional.empty(),
                Optional.of("http://localhost:8080/v1"),
                Optional.empty(),
                Permissions.defaults(),
                Limits.defaults(),
                RetrySettings.defaults(),
                HttpSettings.defaults(),
                Map.of(),
                Map.of(
                        "openai", new ProviderSettings(Optional.of("https://proxy/v1")),
                        "ollama", new ProviderSettings(Optional.of("http://gpu-box:11434"))),
                ToolSettings.defaults());

        // then
        assertThat(settings.baseUrlFor("openai")).contains("http://localhost:8080/v1");
        assertThat(settings.baseUrlFor("ollama")).contains("http://gpu-box:11434");
        assertThat(settings.baseUrlFor("anthropic")).isEmpty();
    }

    @Test
    void shouldRejectInvalidRecords() {
        assertThatThrownBy(() -> new Permissions("yolo", Map.of())).hasMessageContaining("auto, approve");
        assertThatThrownBy(() -> new Permissions("auto", Map.of("shell", "maybe")))
                .hasMessageContaining("always_allow, ask_before, never_allow");
        assertThatThrownBy(() -> new Limits(0, 1, Optional.empty(), Duration.ofMinutes(1)))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new Limits(1, 1, Optional.of(new BigDecimal("-1")), Duration.ofMinutes(1)))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new HttpSettings(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new RetrySettings(-1)).hasMessageContaining("negative");
    }

    private static Settings withKey(Settings s, String key) {
        return new Settings(
                s.provider(),
                s.model(),
                s.baseUrl(),
                Optional.of(Secret.of(key)),
                s.permissions(),
                s.limits(),
                s.retry(),
                s.http(),
                s.prices(),
                s.providers(),
                s.tools());
    }
}
