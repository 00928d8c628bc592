package dev.gooseci.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs against a real workspace with real symbolic links, some pointing outside it. */
class PathSandboxTest {
    @TempDir
    static Path base;

    static Path workspace;
    static PathSandbox sandbox;
    static PathSandbox testsOnly;

    @BeforeAll
    static void createWorkspace() throws IOException {
        workspace = Files.createDirectories(base.resolve("ws"));
        Path outside = Files.createDirectories(base.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "s");
        Files.createDirectories(workspace.resolve("src/main/java"));
        Files.createDirectories(workspace.resolve("src/test/java"));
        Files.writeString(workspace.resolve("src/main/java/App.java"), "class App {}");
        Files.writeString(workspace.resolve(".env"), "X=1");
        Files.createSymbolicLink(workspace.resolve("escape.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(workspace.resolve("outdir"), outside);
        Files.createSymbolicLink(workspace.resolve("src/main/deep"), Path.of("../../../outside"));
        Files.createSymbolicLink(workspace.resolve("innocent.txt"), workspace.resolve(".env"));
        Files.createSymbolicLink(workspace.resolve("src/test/java/Link.java"), Path.of("../../main/java/App.java"));
        Files.createSymbolicLink(workspace.resolve("inside"), workspace.resolve("src/main"));
        Files.createSymbolicLink(workspace.resolve("dangling"), base.resolve("nowhere/x"));
        sandbox = new PathSandbox(workspace);
        testsOnly = new PathSandbox(workspace, List.of("src/test/**"));
    }

    @ParameterizedTest(name = "{1} {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            src/main/java/App.java           | READ  | Allow | ''
            ./src/main/java/App.java         | READ  | Allow | ''
            .                                | READ  | Allow | ''
            src/main/java/New.java           | WRITE | Allow | ''
            inside/java/App.java             | READ  | Allow | ''
            .github/workflows/ci.yml         | READ  | Allow | ''
            .gitignore                       | READ  | Allow | ''
            src/main/../../outside/secret.txt| READ  | Deny  | '..'
            ../outside/secret.txt            | READ  | Deny  | '..'
            src/..                           | READ  | Deny  | '..'
            /etc/passwd                      | READ  | Deny  | absolute path
            C:/Windows/win.ini               | READ  | Deny  | absolute path
            ~/.ssh/id_rsa                    | READ  | Deny  | '~'
            ~root/x                          | READ  | Deny  | '~'
            src\\..\\..\\x                   | READ  | Deny  | backslash
            escape.txt                       | READ  | Deny  | resolves outside the workspace
            outdir/secret.txt                | READ  | Deny  | resolves outside the workspace
            src/main/deep/secret.txt         | READ  | Deny  | resolves outside the workspace
            outdir/new.txt                   | WRITE | Deny  | resolves outside the workspace
            dangling                         | WRITE | Deny  | whose target does not exist
            innocent.txt                     | READ  | Deny  | environment file
            .env                             | READ  | Deny  | environment file
            config/.env.production           | READ  | Deny  | environment file
            deploy/.ENV                      | READ  | Deny  | environment file
            certs/server.pem                 | READ  | Deny  | private key
            tls/app.key                      | READ  | Deny  | private key
            keys/id_rsa.pub                  | READ  | Deny  | SSH key
            id_ed25519                       | READ  | Deny  | SSH key
            store/client.p12                 | READ  | Deny  | key store
            store/client.pfx                 | READ  | Deny  | key store
            release.jks                      | READ  | Deny  | key store
            .git/config                      | READ  | Deny  | git internals
            sub/.git/hooks/pre-commit        | WRITE | Deny  | git internals
            .goose/config.yaml               | WRITE | Deny  | agent's own configuration
            .npmrc                           | READ  | Deny  | credential file
            frontend/.netrc                  | READ  | Deny  | credential file
            .pypirc                          | READ  | Deny  | credential file
            .git-credentials                 | READ  | Deny  | credential file
            .                                | WRITE | Deny  | workspace root
            ''                               | READ  | Deny  | empty
            """)
    void shouldKeepToolsInsideTheWorkspace(String path, Access access, String expected, String reason) {
        Decision decision = sandbox.check(path, access);

        assertThat(decision.getClass().getSimpleName()).as(decision.reason()).isEqualTo(expected);
        assertThat(decision.reason()).contains(reason);
    }

    @ParameterizedTest(name = "{1} {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            src/test/java/FooTest.java | WRITE | Allow | ''
            src/main/java/App.java     | READ  | Allow | ''
            src/main/java/App.java     | WRITE | Deny  | may write only src/test/**
            pom.xml                    | WRITE | Deny  | may write only src/test/**
            src/test/java/Link.java    | WRITE | Deny  | may write only src/test/**
            src/test/.env              | WRITE | Deny  | environment file
            """)
    void shouldLimitWritesToTheAllowedGlobs(String path, Access access, String expected, String reason) {
        Decision decision = testsOnly.check(path, access);

        assertThat(decision.getClass().getSimpleName()).as(decision.reason()).isEqualTo(expected);
        assertThat(decision.reason()).contains(reason);
    }

    @Test
    void shouldDenyANulByte() {
        assertThat(sandbox.check("src/App.java\0.txt", Access.READ).reason()).contains("NUL byte");
    }

    @Test
    void shouldResolveToTheRealPathInsideTheWorkspace() throws IOException {
        Path resolved = sandbox.resolve("inside/java/App.java", Access.READ);

        assertThat(resolved).isEqualTo(workspace.toRealPath().resolve("src/main/java/App.java"));
        assertThatThrownBy(() -> sandbox.resolve("escape.txt", Access.READ))
                .isInstanceOf(PathDeniedException.class)
                .hasMessageContaining("outside the workspace");
    }

    @Test
    void shouldNameTheSettingWhenTheWorkspaceIsMissing() {
        assertThatThrownBy(() -> new PathSandbox(base.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("workspace setting");
    }
}
