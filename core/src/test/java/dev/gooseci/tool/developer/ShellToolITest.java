package dev.gooseci.tool.developer;

import static dev.gooseci.tool.developer.Workspace.call;
import static dev.gooseci.tool.developer.Workspace.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.config.Secret;
import dev.gooseci.policy.CommandPolicy;
import dev.gooseci.policy.EnvFilter;
import dev.gooseci.policy.PathSandbox;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell tool running real bash processes in a real workspace. */
class ShellToolITest {
    private static final List<String> ALLOWED =
            List.of("echo", "sleep", "wait", "cat", "seq", "exit", "pwd", "./show-env");

    @TempDir
    Path root;

    PathSandbox sandbox;
    Map<String, String> environment;

    @BeforeEach
    void createWorkspace() throws IOException {
        new Workspace(root).file("hello.txt", "hello from the workspace\n").file("show-env", "#!/bin/bash\nenv\n");
        Files.setPosixFilePermissions(root.resolve("show-env"), PosixFilePermissions.fromString("rwx------"));
        sandbox = new PathSandbox(root);
        environment = Map.of("PATH", System.getenv("PATH"), "LANG", "C.UTF-8", "GOOSE_TEST_MARK", "visible");
    }

    private DeveloperExtension developer() {
        return DeveloperExtension.builder(sandbox)
                .shell(new CommandPolicy(ALLOWED, sandbox), environment)
                .build();
    }

    @Test
    void shouldRunAnAllowedCommandInTheWorkspace() {
        // when
        ToolResult result = call(developer(), "shell", json("command", "cat hello.txt && pwd"));

        // then
        assertThat(result).isEqualTo(ToolResult.ok("hello from the workspace\n" + sandbox.root() + "\n[exit code 0]"));
    }

    @Test
    void shouldReturnANonZeroExitAsAnErrorWithItsOutput() {
        // when
        ToolResult result = call(developer(), "shell", json("command", "echo failing; exit 3"));

        // then
        assertThat(result).isEqualTo(ToolResult.error("failing\n[exit code 3]"));
    }

    @Test
    void shouldRefuseACommandThePolicyDenies() {
        // when
        ToolResult result = call(developer(), "shell", json("command", "echo hi; rm -rf src"));

        // then
        assertThat(result.isError()).isTrue();
        assertThat(result.content()).startsWith("command refused: ").contains("'rm' is not in the shell allowlist");
    }

    @Test
    void shouldOfferNoShellWithoutACommandPolicy() {
        // when
        DeveloperExtension review = DeveloperExtension.builder(sandbox).build();

        // then
        assertThat(review.tools())
                .extracting(tool -> tool.spec().name())
                .containsExactly("read_file", "list_files", "search", "write_file", "edit_file");
        assertThat(developer().tools())
                .extracting(tool -> tool.spec().name() + "=" + tool.readOnly())
                .containsExactly(
                        "read_file=true",
                        "list_files=true",
                        "search=true",
                        "write_file=false",
                        "edit_file=false",
                        "shell=false");
        assertThat(review.name()).isEqualTo("developer");
    }

    @Test
    void shouldPassExactlyTheGivenEnvironment() {
        // when
        ToolResult result = call(developer(), "shell", json("command", "./show-env"));

        // then: bash itself adds PWD, SHLVL and _; nothing of the JVM's environment comes through (the policy
        // refuses a bare 'env', so a script in the workspace prints it)
        Map<String, String> seen = new TreeMap<>();
        result.content().lines().filter(l -> l.contains("=")).forEach(line -> {
            seen.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        });
        seen.keySet().removeAll(List.of("PWD", "SHLVL", "_"));
        assertThat(result.isError()).isFalse();
        assertThat(seen).isEqualTo(environment);
    }

    @Test
    void shouldNotPassTokensWhenTheEnvironmentIsBuiltWithTheEnvFilter() {
        // given
        Map<String, String> ci = Map.of(
                "PATH",
                System.getenv("PATH"),
                "HOME",
                "/home/ci",
                "GITHUB_TOKEN",
                "ghp_" + "a".repeat(36),
                "OPENAI_API_KEY",
                "sk-test");
        environment = new EnvFilter().filter(ci);

        // when
        ToolResult result = call(developer(), "shell", json("command", "./show-env"));

        // then
        assertThat(environment).containsOnlyKeys("PATH", "HOME");
        assertThat(result.content()).contains("HOME=/home/ci").doesNotContain("GITHUB_TOKEN", "OPENAI", "ghp_");
    }

    @Test
    void shouldRedactSecretsInTheOutput() {
        // given
        DeveloperExtension developer = DeveloperExtension.builder(sandbox)
                .shell(new CommandPolicy(ALLOWED, sandbox), environment)
                .redactor(new SecretRedactor(List.of(Secret.of("hunter2-run-secret"))))
                .build();

        // when
        ToolResult result = call(developer, "shell", json("command", "echo the key is hunter2-run-secret"));

        // then
        assertThat(result).isEqualTo(ToolResult.ok("the key is [REDACTED:secret]\n[exit code 0]"));
    }

    @Test
    void shouldKeepTheHeadAndTailOfLongOutput() {
        // given
        DeveloperExtension developer = DeveloperExtension.builder(sandbox)
                .shell(new CommandPolicy(ALLOWED, sandbox), environment)
                .shellOutputCap(1024)
                .build();

        // when: 1..2000, one per line, 8893 bytes
        ToolResult result = call(developer, "shell", json("command", "seq 1 2000"));

        // then
        assertThat(result.isError()).isFalse();
        assertThat(result.content())
                .startsWith("1\n2\n3\n")
                .contains("\n[… 7869 bytes of output cut …]\n")
                .endsWith("1999\n2000\n[exit code 0]");
        assertThat(result.content().length()).isLessThan(1024 + 100);
    }

    @Test
    void shouldKillTheWholeProcessTreeOnTimeout() throws Exception {
        // given: a shell with a background and a foreground child, both far longer than the timeout
        Tool shell = developer().tools().get(5);
        String command = "sleep 4711 & sleep 4712; wait";

        // when
        CompletableFuture<ToolResult> call = CompletableFuture.supplyAsync(
                () -> shell.call(Workspace.toObject(json("command", command, "timeout_seconds", 2))));
        boolean sawChildren = false;
        while (!call.isDone() && !sawChildren) {
            sawChildren = sleeps().size() == 2;
            Thread.onSpinWait();
        }
        ToolResult result = call.get();

        // then
        assertThat(sawChildren)
                .as("both sleeps were running before the timeout")
                .isTrue();
        assertThat(result.isError()).isTrue();
        assertThat(result.content()).startsWith("[timed out after 2 s; killed the command and its child processes");
        assertThat(sleeps()).isEmpty();
    }

    @Test
    void shouldRefuseATimeoutAboveTheMaximum() {
        // given
        DeveloperExtension developer = DeveloperExtension.builder(sandbox)
                .shell(new CommandPolicy(ALLOWED, sandbox), environment)
                .shellTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30))
                .build();

        // when
        ToolResult result = call(developer, "shell", json("command", "echo hi", "timeout_seconds", 31));

        // then
        assertThat(result)
                .isEqualTo(ToolResult.error("argument 'timeout_seconds' of shell must be from 1 to 30, was 31"));
    }

    /** The live processes running this test's sleeps, wherever in the process tree they are. */
    private static List<ProcessHandle> sleeps() {
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").matches(".*sleep 471[12]$"))
                .collect(Collectors.toList());
    }
}
