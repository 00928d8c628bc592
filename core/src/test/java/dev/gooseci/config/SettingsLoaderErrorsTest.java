package dev.gooseci.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error names where the setting came from, the key, and what is allowed instead. */
class SettingsLoaderErrorsTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'modle: x'                                | line 1: unknown key 'modle'; allowed keys here are provider, model, base_url, api_key, mode, permissions, limits, retry, http, prices, providers, shell, developer, env, extensions
            'limits:\\n  max_turn: 3'                 | line 2: unknown key 'limits.max_turn'; allowed keys here are max_turns, max_tokens, max_cost_usd, timeout
            'prices:\\n  gpt-4o:\\n    inptu: 1'      | line 3: unknown key 'prices.gpt-4o.inptu'; allowed keys here are input, output, cache_read, cache_write
            'providers:\\n  openai:\\n    url: x'     | line 3: unknown key 'providers.openai.url'; allowed keys here are base_url, api_key
            'api_key: sk-live-123'                    | line 1: 'api_key' must not be kept in a config file, where it would be committed or shared; remove it (and rotate the key), and pass the key through the provider's own variable (such as OPENAI_API_KEY) or GOOSE_API_KEY from your CI secrets
            'providers:\\n  openai:\\n    api_key: k' | line 3: 'providers.openai.api_key' must not be kept in a config file
            'mode: yolo'                              | line 1: 'yolo' is not a valid mode; expected one of auto, approve, smart_approve, chat
            'permissions:\\n  shell: sometimes'       | line 2: 'sometimes' is not a valid permissions.shell; expected one of always_allow, ask_before, never_allow
            'limits:\\n  max_turns: 0'                | line 2: '0' is not a valid limits.max_turns; expected a whole number of at least 1
            'limits:\\n  max_tokens: lots'            | line 2: 'lots' is not a valid limits.max_tokens; expected a whole number of at least 1, such as 2000000
            'limits:\\n  max_cost_usd: -1'            | line 2: '-1' is not a valid limits.max_cost_usd; expected an amount in US dollars of at least 0, such as 2.50
            'limits:\\n  timeout: 30'                 | line 2: '30' is not a valid limits.timeout; expected a positive duration such as 90s, 30m, 1h, 1h30m, 500ms or ISO-8601 PT30M
            'retry:\\n  max_retries: -1'              | line 2: '-1' is not a valid retry.max_retries; expected a whole number of at least 0
            'http:\\n  call_timeout: 0s'              | line 2: '0s' is not a valid http.call_timeout; expected a positive duration
            'base_url: ftp://host'                    | line 1: 'ftp://host' is not a valid base_url; expected an http(s) URL such as http://localhost:11434 or https://host/v1
            'provider: open ai'                       | line 1: 'open ai' is not a valid provider; expected a name without spaces
            'limits: 5'                               | line 1: 'limits' must be a mapping of keys (max_turns, max_tokens, max_cost_usd, timeout), but is a single value
            'permissions: [shell]'                    | line 1: 'permissions' must be a mapping of keys (<name>), but is a list
            'model: [a, b]'                           | line 1: 'model' takes a single value, but is a list
            'model: a\\nmodel: b'                     | line 2: key 'model' is given twice; keep one
            '- provider: openai'                      | line 1: expected a mapping of settings at the top level, such as 'provider: openai', but found a list
            'prices:\\n  cheap:\\n    input: 1'       | line 3: prices.cheap needs both input and output (US dollars per million tokens); cache_read and cache_write default to input
            """)
    void shouldNameFileLineKeyAndWhatIsAllowed(String yaml, String expected) throws IOException {
        // given
        Path file = Files.writeString(temp.resolve("config.yaml"), yaml.replace("\\n", "\n"));

        // when / then
        assertThatThrownBy(() -> SettingsLoader.load(List.of(file), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + " " + expected);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            GOOSE_MODE      | never   | environment variable GOOSE_MODE: 'never' is not a valid mode; expected one of auto, approve, smart_approve, chat
            GOOSE_MAX_TURNS | 1e3     | environment variable GOOSE_MAX_TURNS: '1e3' is not a valid limits.max_turns; expected a whole number of at least 1
            GOOSE_MAX_COST  | $5      | environment variable GOOSE_MAX_COST: '$5' is not a valid limits.max_cost_usd; expected an amount in US dollars of at least 0, such as 2.50
            GOOSE_TIMEOUT   | 10 mins | environment variable GOOSE_TIMEOUT: '10 mins' is not a valid limits.timeout; expected a positive duration such as 90s, 30m, 1h, 1h30m, 500ms or ISO-8601 PT30M
            GOOSE_BASE_URL  | host:80 | environment variable GOOSE_BASE_URL: 'host:80' is not a valid base_url; expected an http(s) URL such as http://localhost:11434 or https://host/v1
            """)
    void shouldNameTheVariableKeyAndFormat(String variable, String value, String expected) {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(variable, value), temp, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(expected);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            limits.max_turn           | 3     | flag limits.max_turn: unknown key 'limits.max_turn'; allowed keys here are max_turns, max_tokens, max_cost_usd, timeout
            limits                    | 3     | flag limits: unknown key 'limits'; allowed keys here are provider, model, base_url, api_key, mode, permissions, limits, retry, http, prices, providers, shell, developer, env, extensions
            http.read_timeout         | never | flag http.read_timeout: 'never' is not a valid http.read_timeout; expected a positive duration such as 90s, 30m, 1h, 1h30m, 500ms or ISO-8601 PT30M
            providers.openai.api_key  | sk-1  | flag providers.openai.api_key: 'providers.openai.api_key' cannot be set; pass the key as api_key (GOOSE_API_KEY) or through the provider's own variable, such as OPENAI_API_KEY
            api_key                   | ' '   | flag api_key: the value is not a valid api_key; expected a non-empty key
            """)
    void shouldNameTheFlagKeyAndFormat(String flag, String value, String expected) {
        assertThatThrownBy(() -> SettingsLoader.load(List.of(), Map.of(), Map.of(flag, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessage(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'model: a\\n- b'             | line 2: not valid YAML
            'limits:\\n  max_turns: 3\\n   timeout: 1m' | line 3: not valid YAML
            'provider: "open'             | line 1: not valid YAML
            """)
    void shouldNameFileAndLineOfUnreadableYaml(String yaml, String expected) throws IOException {
        // given
        Path file = Files.writeString(temp.resolve("broken.yaml"), yaml.replace("\\n", "\n"));

        // when / then
        assertThatThrownBy(() -> SettingsLoader.load(List.of(file), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + " " + expected)
                .hasMessageEndingWith("; fix the syntax");
    }

    @Test
    void shouldNeverEchoAKeyFoundInAFile() throws IOException {
        // given
        Path file = Files.writeString(temp.resolve("config.yaml"), "api_key: sk-live-do-not-print\n");

        // when / then
        assertThatThrownBy(() -> SettingsLoader.load(List.of(file), Map.of(), Map.of()))
                .hasMessageNotContaining("sk-live-do-not-print");
    }

    @Test
    void shouldNameAFileThatCannotBeRead() throws IOException {
        // given: a directory where the file should be
        Path dir = Files.createDirectories(temp.resolve(".goose/config.yaml"));

        // when / then
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), temp, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir + ": cannot be read")
                .hasMessageEndingWith("check that it is a readable file");
    }
}
