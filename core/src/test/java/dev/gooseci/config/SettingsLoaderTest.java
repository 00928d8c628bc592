package dev.gooseci.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsLoaderTest {
    @TempDir
    Path temp;

    Path home;
    Path workspace;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(temp.resolve("home"));
        workspace = Files.createDirectories(temp.resolve("repo"));
    }

    @Test
    void shouldUseTheDefaultsWhenNothingIsConfigured() {
        // when
        Settings settings = SettingsLoader.load(Map.of("HOME", home.toString()), workspace, Map.of());

        // then
        assertThat(settings).isEqualTo(Settings.defaults());
        assertThat(settings.provider()).isEqualTo("ollama");
        assertThat(settings.permissions().mode()).isEqualTo("auto");
        assertThat(settings.limits().maxTurns()).isEqualTo(50);
        assertThat(settings.limits().maxTokens()).isEqualTo(2_000_000);
        assertThat(settings.limits().timeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.limits().maxCostUsd()).isEmpty();
        assertThat(settings.retry().maxRetries()).isEqualTo(4);
        assertThat(settings.http().connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.http().readTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.http().callTimeout()).isEqualTo(Duration.ofMinutes(10));
    }

    @ParameterizedTest(name = "user={0} repo={1} env={2} flag={3} -> {4}")
    @CsvSource({
        "true,  false, false, false, user",
        "true,  true,  false, false, repo",
        "true,  true,  true,  false, env",
        "true,  true,  true,  true,  flag",
        "false, false, true,  true,  flag",
        "false, true,  true,  false, env",
        "true,  false, false, true,  flag",
    })
    void shouldLetEachLayerOverrideTheOneBefore(boolean user, boolean repo, boolean env, boolean flag, String winner)
            throws IOException {
        // given
        if (user) {
            write(home.resolve(".config/goose-ci/config.yaml"), "model: user\n");
        }
        if (repo) {
            write(workspace.resolve(".goose/config.yaml"), "model: repo\n");
        }
        Map<String, String> variables = new HashMap<>(Map.of("HOME", home.toString()));
        if (env) {
            variables.put("GOOSE_MODEL", "env");
        }

        // when
        Settings settings = SettingsLoader.load(variables, workspace, flag ? Map.of("model", "flag") : Map.of());

        // then
        assertThat(settings.model()).contains(winner);
    }

    @Test
    void shouldMergeLayersKeyByKey() throws IOException {
        // given
        write(
                home.resolve(".config/goose-ci/config.yaml"),
                String.join(
                        "\n",
                        "provider: anthropic",
                        "limits:",
                        "  max_turns: 10",
                        "  max_cost_usd: 1.50",
                        "permissions:",
                        "  developer__shell: never_allow",
                        "prices:",
                        "  my-model: {input: 1, output: 2}"));
        write(
                workspace.resolve(".goose/config.yaml"),
                String.join(
                        "\n",
                        "limits:",
                        "  timeout: 90s",
                        "permissions:",
                        "  developer__write_file: ask_before",
                        "prices:",
                        "  my-model:",
                        "    output: 3",
                        "    cache_read: 0.1"));

        // when
        Settings settings = SettingsLoader.load(
                Map.of("HOME", home.toString(), "GOOSE_MAX_TURNS", "20"), workspace, Map.of("mode", "chat"));

        // then
        assertThat(settings.provider()).isEqualTo("anthropic");
        assertThat(settings.limits().maxTurns()).isEqualTo(20);
        assertThat(settings.limits().maxCostUsd()).contains(new BigDecimal("1.50"));
        assertThat(settings.limits().timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.permissions().mode()).isEqualTo("chat");
        assertThat(settings.permissions().tools())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("developer__shell", "never_allow", "developer__write_file", "ask_before"));
        assertThat(settings.prices())
                .containsExactly(Map.entry(
                        "my-model",
                        new PriceSetting(
                                new BigDecimal("1"), new BigDecimal("3"), new BigDecimal("0.1"), new BigDecimal("1"))));
    }

    @Test
    void shouldReadTheUserFileUnderXdgConfigHomeWhenSet() throws IOException {
        // given
        Path xdg = temp.resolve("xdg");
        write(xdg.resolve("goose-ci/config.yaml"), "provider: gemini\n");
        write(home.resolve(".config/goose-ci/config.yaml"), "provider: openai\n");

        // when
        Settings settings = SettingsLoader.load(
                Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", xdg.toString()), workspace, Map.of());

        // then
        assertThat(settings.provider()).isEqualTo("gemini");
    }

    static Stream<Arguments> variables() {
        return Stream.of(
                Arguments.of("GOOSE_PROVIDER", "openai", (Function<Settings, Object>) Settings::provider, "openai"),
                Arguments.of(
                        "GOOSE_MODEL",
                        "gpt-4.1",
                        (Function<Settings, Object>) s -> s.model().get(),
                        "gpt-4.1"),
                Arguments.of(
                        "GOOSE_MODE",
                        "Smart_Approve",
                        (Function<Settings, Object>) s -> s.permissions().mode(),
                        "smart_approve"),
                Arguments.of(
                        "GOOSE_MAX_TURNS",
                        "7",
                        (Function<Settings, Object>) s -> s.limits().maxTurns(),
                        7),
                Arguments.of(
                        "GOOSE_MAX_TOKENS",
                        "1_000_000",
                        (Function<Settings, Object>) s -> s.limits().maxTokens(),
                        1_000_000L),
                Arguments.of(
                        "GOOSE_MAX_COST",
                        "0.25",
                        (Function<Settings, Object>)
                                s -> s.limits().maxCostUsd().get(),
                        new BigDecimal("0.25")),
                Arguments.of(
                        "GOOSE_TIMEOUT",
                        "PT1H",
                        (Function<Settings, Object>) s -> s.limits().timeout(),
                        Duration.ofHours(1)),
                Arguments.of(
                        "GOOSE_API_KEY",
                        "sk-1",
                        (Function<Settings, Object>) s -> s.apiKey().get().reveal(),
                        "sk-1"),
                Arguments.of(
                        "GOOSE_BASE_URL",
                        "http://localhost:1234/v1",
                        (Function<Settings, Object>) s -> s.baseUrl().get(),
                        "http://localhost:1234/v1"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("variables")
    void shouldReadEachGooseVariable(String name, String value, Function<Settings, Object> read, Object expected) {
        // when
        Settings settings = SettingsLoader.load(Map.of(name, value), workspace, Map.of());

        // then
        assertThat(read.apply(settings)).isEqualTo(expected);
    }

    @Test
    void shouldTreatEmptyVariablesAsUnset() {
        // when
        Settings settings = SettingsLoader.load(Map.of("GOOSE_MODEL", "", "GOOSE_API_KEY", "  "), workspace, Map.of());

        // then
        assertThat(settings.model()).isEmpty();
        assertThat(settings.apiKey()).isEmpty();
    }

    @Test
    void shouldTakeEveryKeyAsAFlagIncludingModelNamesWithDots() {
        // given
        Map<String, String> flags = Map.of(
                "api_key", "sk-flag",
                "retry.max_retries", "0",
                "http.connect_timeout", "2s",
                "http.read_timeout", "PT5S",
                "http.call_timeout", "1m",
                "prices.gpt-4.1.input", "2",
                "prices.gpt-4.1.output", "8",
                "providers.ollama.base_url", "http://gpu-box:11434",
                "permissions.git__git_log", "always_allow");

        // when
        Settings settings = SettingsLoader.load(Map.of(), workspace, flags);

        // then
        assertThat(settings.apiKey().map(Secret::reveal)).contains("sk-flag");
        assertThat(settings.retry().maxRetries()).isZero();
        assertThat(settings.http())
                .isEqualTo(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMinutes(1)));
        assertThat(settings.prices().get("gpt-4.1").output()).isEqualByComparingTo("8");
        assertThat(settings.prices().get("gpt-4.1").cacheRead()).isEqualByComparingTo("2");
        assertThat(settings.baseUrlFor("ollama")).contains("http://gpu-box:11434");
        assertThat(settings.permissions().tools()).containsEntry("git__git_log", "always_allow");
    }

    @Test
    void shouldReadExplicitFilesInOrderAndSkipMissingOnes() throws IOException {
        // given
        Path first = write(temp.resolve("a.yaml"), "provider: openai\nmodel: a\n");
        Path second = write(temp.resolve("b.yaml"), "model: b\n");

        // when
        Settings settings =
                SettingsLoader.load(List.of(first, temp.resolve("missing.yaml"), second), Map.of(), Map.of());

        // then
        assertThat(settings.provider()).isEqualTo("openai");
        assertThat(settings.model()).contains("b");
    }

    @Test
    void shouldAcceptEmptyFilesAndEmptyValues() throws IOException {
        // given
        write(home.resolve(".config/goose-ci/config.yaml"), "# nothing yet\n");
        write(workspace.resolve(".goose/config.yaml"), "model:\nlimits:\n");

        // when
        Settings settings = SettingsLoader.load(Map.of("HOME", home.toString()), workspace, Map.of());

        // then
        assertThat(settings).isEqualTo(Settings.defaults());
    }

    @Test
    void shouldNeverShowAKeyFromTheEnvironmentInToString() {
        // when
        Settings settings = SettingsLoader.load(Map.of("GOOSE_API_KEY", "sk-ant-secret-value"), workspace, Map.of());

        // then
        assertThat(settings.toString()).doesNotContain("sk-ant-secret-value");
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
