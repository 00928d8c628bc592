package dev.gooseci.cli;

import dev.gooseci.testgen.CommitResult;
import dev.gooseci.testgen.TestCommitter;
import dev.gooseci.testgen.TestGenReport;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Commits, and optionally pushes, the kept tests of a generate-tests run. The push token comes from {@code
 * GOOSE_PUSH_TOKEN} in the command's environment and goes only to JGit: the agent has finished before this runs.
 */
final class LandedTests {
    private final Path project;
    private final Map<String, String> env;

    LandedTests(Path project, Map<String, String> env) {
        this.project = project;
        this.env = env;
    }

    void land(TestGenReport report, List<String> push, PrintWriter out) {
        if (report.files().isEmpty()) {
            out.println("no test was kept; nothing to commit");
            return;
        }
        File gitDir = new FileRepositoryBuilder().findGitDir(project.toFile()).getGitDir();
        if (gitDir == null) {
            throw new IllegalArgumentException(project + " is not in a git repository; drop --commit and --push");
        }
        Path top = gitDir.toPath().toAbsolutePath().getParent();
        List<String> files = report.files().stream()
                .map(f -> top.relativize(project.resolve(f)).toString().replace('\\', '/'))
                .toList();
        TestCommitter committer = new TestCommitter(top);
        CommitResult commit = committer.commit(files, report.commitMessage());
        out.println("committed " + commit.sha() + " on " + commit.branch());
        if (!push.isEmpty()) {
            Optional<CredentialsProvider> credentials = Optional.ofNullable(env.get("GOOSE_PUSH_TOKEN"))
                    .filter(t -> !t.isBlank())
                    .map(t -> new UsernamePasswordCredentialsProvider("x-access-token", t));
            CommitResult pushed = committer.push(commit, push.get(0), push.get(1), credentials);
            out.println("pushed to " + pushed.pushedTo().orElseThrow());
        }
    }
}
