package dev.gooseci.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tool settings: shell, write globs, passed variables and MCP servers, from YAML lists, variables and flags. */
class ToolSettingsTest {
    @TempDir
    Path workspace;

    private Path config(String... lines) throws IOException {
        Path file = workspace.resolve(".goose/config.yaml");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, String.join("\n", lines) + "\n");
    }

    private Settings load(Map<String, String> env, Map<String, String> flags) {
        return SettingsLoader.load(env, workspace, flags);
    }

    @Test
    void shouldDefaultToAReadOnlyShellAndWritesAnywhere() {
        // when
        ToolSettings tools = load(Map.of(), Map.of()).tools();

        // then
        assertThat(tools.shell().enabled()).isTrue();
        assertThat(tools.shell().allow())
                .containsExactly(
                        "cat", "head", "tail", "ls", "wc", "grep", "git log", "git diff", "git show", "git status");
        assertThat(tools.shell().timeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(tools.write()).containsExactly("**");
        assertThat(tools.envPass()).isEmpty();
        assertThat(tools.extensions()).isEmpty();
    }

    @Test
    void shouldReadYamlListsAndMcpServers() throws IOException {
        // given
        config(
                "shell:",
                "  enabled: false",
                "  allow: [cat, 'git  diff', ./mvnw]",
                "  timeout: 90s",
                "developer:",
                "  write:",
                "    - src/test/**",
                "    - 'docs/{a,b}.md'",
                "env:",
                "  pass: [NPM_CONFIG_REGISTRY]",
                "extensions:",
                "  everything:",
                "    cmd: npx",
                "    args: [-y, '@modelcontextprotocol/server-everything', stdio]",
                "    env:",
                "      LOG_LEVEL: debug",
                "    timeout: 60s",
                "    available_tools: [echo, get-sum]",
                "  remote:",
                "    type: streamable_http",
                "    uri: http://127.0.0.1:3001/mcp",
                "    headers:",
                "      X-Team: ci",
                "    enabled: false");

        // when
        ToolSettings tools = load(Map.of(), Map.of()).tools();

        // then
        assertThat(tools.shell())
                .isEqualTo(new ShellSettings(false, List.of("cat", "git diff", "./mvnw"), Duration.ofSeconds(90)));
        assertThat(tools.write()).containsExactly("src/test/**", "docs/{a,b}.md");
        assertThat(tools.envPass()).containsExactly("NPM_CONFIG_REGISTRY");
        assertThat(tools.extensions())
                .containsOnlyKeys("everything", "remote")
                .containsEntry(
                        "everything",
                        new ExtensionSettings(
                                true,
                                Optional.of("npx"),
                                List.of("-y", "@modelcontextprotocol/server-everything", "stdio"),
                                Map.of("LOG_LEVEL", "debug"),
                                Optional.empty(),
                                Map.of(),
                                Optional.of(Duration.ofSeconds(60)),
                                List.of("echo", "get-sum"),
                                true))
                .containsEntry(
                        "remote",
                        new ExtensionSettings(
                                false,
                                Optional.empty(),
                                List.of(),
                                Map.of(),
                                Optional.of("http://127.0.0.1:3001/mcp"),
                                Map.of("X-Team", "ci"),
                                Optional.empty(),
                                List.of(),
                                false));
    }

    @Test
    void shouldTakeListsCommaSeparatedFromVariablesAndFlags() {
        // when
        Settings settings = load(
                Map.of("GOOSE_SHELL_ALLOW", "cat, git log", "GOOSE_ENV_PASS", "GOFLAGS,GOPROXY"),
                Map.of("developer.write", "src/test/**", "shell.enabled", "FALSE"));

        // then
        assertThat(settings.tools().shell().allow()).containsExactly("cat", "git log");
        assertThat(settings.tools().shell().enabled()).isFalse();
        assertThat(settings.tools().envPass()).containsExactly("GOFLAGS", "GOPROXY");
        assertThat(settings.tools().write()).containsExactly("src/test/**");
    }

    @Test
    void shouldAllowAnEmptyShellAllowlist() throws IOException {
        // given
        config("shell:", "  allow: []");

        // then
        assertThat(load(Map.of(), Map.of()).tools().shell().allow()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "shell: {allow: [cat, curl x y]}              | line 1: 'curl x y' in shell.allow is not a program, or a"
                        + " program and one subcommand; expected a list of programs",
                "shell: {allow: [cat, [ls]]}                  | line 1: 'shell.allow' takes a list of single values, but"
                        + " item 2 is a list",
                "shell:\\n  allow:\\n    - cat\\n    - {a: b}  | line 4: 'shell.allow' takes a list of single values,"
                        + " but item 2 is a mapping",
                "shell: {enabled: maybe}                      | line 1: 'maybe' is not a valid shell.enabled; expected"
                        + " true or false",
                "shell: {timeout: [1s]}                       | line 1: 'shell.timeout' takes a single value, but is a"
                        + " list",
                "env:\\n  pass: [GOFLAGS, GITHUB_TOKEN]        | line 2: 'GITHUB_TOKEN' in env.pass looks like a secret,"
                        + " and secrets are never passed to tools, MCP servers or builds; remove it; expected a list of"
                        + " environment variable names",
                "env: {pass: [1FOO]}                          | line 1: '1FOO' in env.pass is not a variable name",
                "developer:\\n  write: [../x]                 | line 2: '../x' in developer.write is not relative to"
                        + " the workspace",
                "developer:\\n  write: []                     | line 2: developer.write is empty; give at least one"
                        + " glob",
                "developer: {writes: [a]}                     | line 1: unknown key 'developer.writes'; allowed keys here"
                        + " are write",
                "extensions:\\n  x:\\n    args: [a]            | line 3: extensions.x has neither 'cmd' nor 'uri'",
                "extensions:\\n  x:\\n    type: stdio\\n    args: [a] | line 3: extensions.x is of type stdio but has no"
                        + " command; set its 'cmd'",
                "extensions:\\n  x:\\n    type: streamable_http\\n    cmd: a | line 3: extensions.x is of type"
                        + " streamable_http but has no URL; set its 'uri'",
                "extensions:\\n  x:\\n    type: sse           | line 3: 'sse' is not a valid extensions.x.type; expected"
                        + " stdio or streamable_http",
                "extensions:\\n  x_y:\\n    cmd: a             | line 3: extensions.x_y: the name may use only letters,"
                        + " digits and '-'",
                "extensions:\\n  x:\\n    cmd: a\\n    uri: http://h/mcp | extensions.x has both 'cmd' and 'uri'",
                "extensions:\\n  x:\\n    command: a          | line 3: unknown key 'extensions.x.command'; allowed keys"
                        + " here are type, cmd, args, env, uri, headers, timeout, available_tools, enabled"
            })
    void shouldNameTheFileLineKeyAndAllowedValues(String yaml, String message) throws IOException {
        // given
        Path file = config(yaml.replace("\\n", "\n"));

        // then
        assertThatThrownBy(() -> load(Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(message);
    }

    @Test
    void shouldNameTheVariableOfABadListItem() {
        assertThatThrownBy(() -> load(Map.of("GOOSE_ENV_PASS", "AWS_SECRET_ACCESS_KEY"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("environment variable GOOSE_ENV_PASS: 'AWS_SECRET_ACCESS_KEY' in env.pass looks"
                        + " like a secret");
    }
}
