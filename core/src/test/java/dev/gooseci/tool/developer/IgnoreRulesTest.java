package dev.gooseci.tool.developer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.policy.PathSandbox;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which files a walk shows, for ignore files written on disk. In the table, ';' separates lines of the file. */
class IgnoreRulesTest {
    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}: [{1}] {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            .gitignore     | *.log                 | app.log                | hidden
            .gitignore     | *.log                 | src/deep/app.log       | hidden
            .gitignore     | *.log                 | app.txt                | shown
            .gitignore     | *.log;!keep.log       | keep.log               | shown
            .gitignore     | !keep.log;*.log       | keep.log               | hidden
            .gitignore     | /build                | build/out.txt          | hidden
            .gitignore     | /build                | src/build/out.txt      | shown
            .gitignore     | build/                | src/build/out.txt      | hidden
            .gitignore     | build/                | src/build              | shown
            .gitignore     | build/;!build/keep.txt| build/keep.txt         | hidden
            .gitignore     | doc/*.txt             | doc/a.txt              | hidden
            .gitignore     | doc/*.txt             | doc/sub/a.txt          | shown
            .gitignore     | doc/*.txt             | src/doc/a.txt          | shown
            .gitignore     | doc/**/*.txt          | doc/sub/deeper/a.txt   | hidden
            .gitignore     | doc/**/*.txt          | doc/a.txt              | hidden
            .gitignore     | **/logs               | a/b/logs/x.txt         | hidden
            .gitignore     | **/logs/*.txt         | logs/x.txt             | hidden
            .gitignore     | logs/**               | logs/x.txt             | hidden
            .gitignore     | logs/**               | logs                   | shown
            .gitignore     | a/**/b                | a/x/y/b                | hidden
            .gitignore     | a/**/b                | a/b                    | hidden
            .gitignore     | a/**/b                | c/a/x/b                | shown
            .gitignore     | #app.log              | app.log                | shown
            .gitignore     | \\#app.log            | #app.log               | hidden
            .gitignore     | \\!important          | !important             | hidden
            .gitignore     | 'app.log   '          | app.log                | hidden
            .gitignore     | a?c.txt               | abc.txt                | hidden
            .gitignore     | a?c.txt               | a/c.txt                | shown
            .gitignore     | [abc].txt             | b.txt                  | hidden
            .gitignore     | [!abc].txt            | b.txt                  | shown
            .gitignore     | [!abc].txt            | d.txt                  | hidden
            .gitignore     | [a-c]*.java           | bar.java               | hidden
            .gitignore     | [a-c]*.java           | dog.java               | shown
            .gitignore     | *.TXT                 | a.txt                  | shown
            .gitignore     | (x).txt               | (x).txt                | hidden
            .gitignore     | '   '                 | a.txt                  | shown
            src/.gitignore | *.tmp                 | src/a/b.tmp            | hidden
            src/.gitignore | *.tmp                 | other/b.tmp            | shown
            src/.gitignore | /gen                  | src/gen/X.java         | hidden
            src/.gitignore | /gen                  | src/main/gen/X.java    | shown
            src/.gitignore | main/*.java           | src/main/X.java        | hidden
            .gooseignore   | secrets/              | config/secrets/a.txt   | hidden
            .gooseignore   | *.csv                 | data/x.csv             | hidden
            src/.gooseignore | fixtures            | src/fixtures/big.json  | hidden
            """)
    void shouldApplyIgnoreFile(String file, String lines, String path, String expected) throws IOException {
        // given
        Workspace workspace = new Workspace(root).file(file, lines.replace(';', '\n') + "\n");
        workspace.file(path, "x");

        // when
        List<String> listed = walk(".");

        // then
        if (expected.equals("shown")) {
            assertThat(listed).contains(path);
        } else {
            assertThat(listed).doesNotContain(path);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            .env
            config/.env
            .env.local
            .ENV
            .git/HEAD
            deploy/id_rsa
            deploy/id_ed25519.pub
            certs/server.pem
            certs/server.key
            keystore.jks
            .npmrc
            .goose/config.yaml
            """)
    void shouldHideProtectedFilesWithoutAnyIgnoreFile(String path) throws IOException {
        // given
        new Workspace(root).file(path, "x").file("README.md", "x");

        // when
        List<String> listed = walk(".");

        // then
        assertThat(listed)
                .contains("README.md")
                .doesNotContain(path)
                .noneMatch(p -> p.startsWith(".git") || p.startsWith(".goose"));
    }

    @Test
    void shouldLetADeeperIgnoreFileReincludeWhatAParentIgnores() throws IOException {
        // given
        new Workspace(root)
                .file(".gitignore", "*.log\n")
                .file("sub/.gitignore", "!keep.log\n")
                .file("keep.log", "x")
                .file("sub/keep.log", "x")
                .file("sub/other.log", "x");

        // then
        assertThat(walk(".")).containsExactly(".gitignore", "sub", "sub/.gitignore", "sub/keep.log");
    }

    @Test
    void shouldLetGooseignoreOverrideGitignoreInTheSameDirectory() throws IOException {
        // given
        new Workspace(root)
                .file(".gitignore", "*.txt\n")
                .file(".gooseignore", "!notes.txt\nsrc/generated/\n")
                .file("notes.txt", "x")
                .file("other.txt", "x")
                .file("src/generated/A.java", "x")
                .file("src/B.java", "x");

        // then
        assertThat(walk(".")).containsExactly(".gitignore", ".gooseignore", "notes.txt", "src", "src/B.java");
    }

    @Test
    void shouldApplyTheParentsIgnoreFilesWhenTheWalkStartsBelowThem() throws IOException {
        // given
        new Workspace(root)
                .file(".gitignore", "target/\n/src/main/*.txt\n")
                .file("src/main/A.java", "x")
                .file("src/main/a.txt", "x")
                .file("src/main/target/B.class", "x");

        // then
        assertThat(walk("src/main")).containsExactly("src/main/A.java");
    }

    private List<String> walk(String start) throws IOException {
        List<String> paths = new ArrayList<>();
        new WorkspaceWalker(new PathSandbox(root)).walk(start, 20, entry -> paths.add(entry.path()));
        return paths;
    }
}
