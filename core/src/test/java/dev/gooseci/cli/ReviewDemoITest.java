package dev.gooseci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job, examples/review-demo.sh, as a test: the same repository and recorded answer through
 * {@code goose-ci review}, so that the command a newcomer types keeps working.
 */
class ReviewDemoITest {
    /** Surefire runs in the module directory; the examples folder is one level up. */
    private static final Path EXAMPLES =
            Path.of(System.getProperty("basedir", ".")).resolve("../examples").normalize();

    @TempDir
    Path repo;

    @Test
    void shouldFindTheSqlInjectionTheDemoCommitAdds() throws IOException, GitAPIException {
        // given: the demo's two commits
        try (Git git =
                Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            copy(EXAMPLES.resolve("review-demo/base"), repo);
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("base")
                    .setAuthor("demo", "demo@example.com")
                    .setCommitter("demo", "demo@example.com")
                    .call();
            copy(EXAMPLES.resolve("review-demo/head"), repo);
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("head")
                    .setAuthor("demo", "demo@example.com")
                    .setCommitter("demo", "demo@example.com")
                    .call();
        }

        // when
        CliRun result = CliRun.of(
                Map.of("HOME", repo.toString()),
                "",
                "review",
                "--base",
                "HEAD~1",
                "--replay",
                EXAMPLES.resolve("replay/review-demo.jsonl").toString(),
                "-w",
                repo.toString(),
                "--output-dir",
                repo.resolve("out").toString(),
                "--fail-on",
                "critical");

        // then
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.GATE_FAILED.code());
        assertThat(result.out())
                .contains("src/main/java/demo/UserDao.java:25: [critical] SQL built by string concatenation")
                .contains("src/main/java/demo/UserDao.java:25: [major] Statement and result set are never closed");
        assertThat(Files.readString(repo.resolve("out/goose.sarif"))).contains("\"startLine\": 25");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
