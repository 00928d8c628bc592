package dev.gooseci.tool.developer;

import static dev.gooseci.tool.developer.Workspace.call;
import static dev.gooseci.tool.developer.Workspace.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.policy.PathSandbox;
import dev.gooseci.tool.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every path-taking tool refuses what the sandbox refuses, with the sandbox's reason, and touches nothing. */
class SandboxDenialsTest {
    @TempDir
    static Path base;

    static Path outside;
    static DeveloperExtension developer;

    @BeforeAll
    static void createWorkspace() throws IOException {
        Path root = Files.createDirectories(base.resolve("ws"));
        outside = Files.createDirectories(base.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "token");
        new Workspace(root)
                .file("src/App.java", "class App {}")
                .file(".env", "GITHUB_TOKEN=x")
                .file(".git/config", "[core]")
                .file("deploy/id_rsa", "key")
                .link("escape.txt", outside.resolve("secret.txt"))
                .link("outdir", outside)
                .link("innocent.txt", root.resolve(".env"));
        developer = DeveloperExtension.builder(new PathSandbox(root)).build();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            read_file  | ../outside/secret.txt | uses '..', which is not allowed
            read_file  | src/../../outside/secret.txt | uses '..', which is not allowed
            read_file  | /etc/passwd           | absolute path /etc/passwd is not allowed
            read_file  | ~/.ssh/id_rsa         | uses '~' (home directory)
            read_file  | escape.txt            | goes through the symbolic link escape.txt, which resolves outside the workspace
            read_file  | outdir/secret.txt     | goes through the symbolic link outdir, which resolves outside the workspace
            read_file  | .env                  | path .env is protected: '.env' is an environment file
            read_file  | innocent.txt          | (which resolves to .env) is protected
            read_file  | .git/config           | path .git/config is protected: '.git/' holds git internals
            read_file  | deploy/id_rsa         | is an SSH key file
            list_files | ..                    | uses '..', which is not allowed
            list_files | outdir                | which resolves outside the workspace
            list_files | .git                  | path .git is protected
            search     | outdir                | which resolves outside the workspace
            search     | ../outside            | uses '..', which is not allowed
            write_file | ../outside/secret.txt | uses '..', which is not allowed
            write_file | escape.txt            | which resolves outside the workspace
            write_file | outdir/new.txt        | which resolves outside the workspace
            write_file | .env                  | path .env is protected
            write_file | .git/config           | path .git/config is protected
            write_file | .git/hooks/pre-commit | path .git/hooks/pre-commit is protected
            edit_file  | escape.txt            | which resolves outside the workspace
            edit_file  | .env                  | path .env is protected
            edit_file  | innocent.txt          | (which resolves to .env) is protected
            """)
    void shouldDenyWithTheSandboxReason(String tool, String path, String reason) throws IOException {
        // when
        ToolResult result = call(
                developer,
                tool,
                json("path", path, "pattern", "token", "content", "pwned", "old", "token", "new", "pwned"));

        // then
        assertThat(result.isError()).isTrue();
        assertThat(result.content()).contains(reason);
        assertThat(Files.readString(outside.resolve("secret.txt"))).isEqualTo("token");
        assertThat(Files.exists(outside.resolve("new.txt"))).isFalse();
    }
}
