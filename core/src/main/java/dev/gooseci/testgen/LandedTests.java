package dev.gooseci.testgen;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Commits, and optionally pushes, the kept tests of a generate-tests run. The push token comes from {@code
 * GOOSE_PUSH_TOKEN} in the run's environment and goes only to JGit: the agent has finished before this runs.
 */
final class LandedTests {
    private final Path project;
    private final Map<String, String> env;

    LandedTests(Path project, Map<String, String> env) {
        this.project = project;
        this.env = env;
    }

    void land(TestGenReport report, Optional<TestGenRequest.PushTarget> push, Consumer<String> lines) {
        if (report.files().isEmpty()) {
            lines.accept("no test was kept; nothing to commit");
            return;
        }
        Path top = repositoryRoot(project);
        List<String> files = repositoryPaths(top, project, report.files());
        TestCommitter committer = new TestCommitter(top);
        CommitResult commit = committer.commit(files, report.commitMessage());
        lines.accept("committed " + commit.sha() + " on " + commit.branch());
        if (push.isPresent()) {
            Optional<CredentialsProvider> credentials = Optional.ofNullable(env.get("GOOSE_PUSH_TOKEN"))
                    .filter(t -> !t.isBlank())
                    .map(t -> new UsernamePasswordCredentialsProvider("x-access-token", t));
            CommitResult pushed =
                    committer.push(commit, push.get().remote(), push.get().branch(), credentials);
            lines.accept("pushed to " + pushed.pushedTo().orElseThrow());
        }
    }

    /** The root of the git working tree that holds {@code project}. */
    static Path repositoryRoot(Path project) {
        File gitDir = new FileRepositoryBuilder().findGitDir(project.toFile()).getGitDir();
        if (gitDir == null) {
            throw new IllegalArgumentException(project
                    + " is not in a git repository, so the kept tests cannot be committed; turn committing off"
                    + " (drop --commit and --push, or set goose.commit=false)");
        }
        return gitDir.toPath().toAbsolutePath().getParent();
    }

    /** The {@code files}, which are relative to {@code project}, relative to the repository root {@code top}. */
    static List<String> repositoryPaths(Path top, Path project, List<String> files) {
        return files.stream()
                .map(f -> top.relativize(project.resolve(f)).toString().replace('\\', '/'))
                .toList();
    }
}
