package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.CredentialsProvider;

/**
 * Carries out a {@link Landing} after the gates: commits the kept test files under the bot identity and pushes them to
 * the decided branch with the host's token. The agent has finished by then, so the token never enters its
 * environment; hosts pass it here as JGit credentials.
 */
public final class TestLanding {
    private TestLanding() {}

    /**
     * Whether the HEAD commit of the repository holding {@code project} was committed by {@link TestCommitter#BOT},
     * for {@link LandingFacts#headByBot()}.
     */
    public static boolean headByBot(Path project) {
        Path top = LandedTests.repositoryRoot(project);
        try (Git git = Git.open(top.toFile());
                RevWalk walk = new RevWalk(git.getRepository())) {
            ObjectId head = git.getRepository().resolve("HEAD");
            return head != null
                    && walk.parseCommit(head)
                            .getCommitterIdent()
                            .getEmailAddress()
                            .equals(TestCommitter.BOT.getEmailAddress());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read HEAD in " + top + ": " + e.getMessage(), e);
        }
    }

    /**
     * Commits {@code files} and pushes the commit to the branch {@code landing} names on {@code remote}.
     *
     * @param project the Maven project the files are relative to
     * @param files the kept test files ({@link TestGenReport#files()})
     * @param message the commit message ({@link TestGenReport#commitMessage()})
     * @param headSha the source branch's head the tests were generated for; HEAD must be that commit, so the pushed
     *     commit holds the tests and nothing else (a merged-results checkout would carry the target branch along)
     * @param remote a configured remote name or a URL
     * @param credentials the host's push token, or empty for a remote that needs none
     * @return the pushed commit; empty when the landing is not a push or no test was kept
     */
    public static Optional<CommitResult> land(
            Path project,
            List<String> files,
            String message,
            Landing landing,
            String headSha,
            String remote,
            Optional<CredentialsProvider> credentials,
            Consumer<String> lines) {
        requireNonNull(landing, "landing");
        requireNonNull(headSha, "headSha");
        if (landing.branch().isEmpty()) {
            lines.accept("not landing the tests: " + landing.reason());
            return Optional.empty();
        }
        if (files.isEmpty()) {
            lines.accept("no test was kept; nothing to commit");
            return Optional.empty();
        }
        Path top = LandedTests.repositoryRoot(project.toAbsolutePath().normalize());
        requireHead(top, headSha);
        TestCommitter committer = new TestCommitter(top);
        CommitResult commit = committer.commit(
                LandedTests.repositoryPaths(top, project.toAbsolutePath().normalize(), files), message);
        lines.accept("committed " + commit.sha() + " with " + commit.files().size() + " test file(s)");
        CommitResult pushed = committer.push(commit, remote, landing.branch().get(), credentials, landing.force());
        lines.accept("pushed to " + landing.branch().get() + (landing.force() ? " (replacing an earlier run's)" : ""));
        return Optional.of(pushed);
    }

    /**
     * The commit HEAD names in the repository holding {@code project}; empty when it has none yet. Hosts compare it
     * with the change's head before a long run, since {@link #land} refuses any other checkout.
     *
     * @throws IllegalStateException when the repository cannot be read
     */
    public static Optional<String> headSha(Path project) {
        Path top = LandedTests.repositoryRoot(project.toAbsolutePath().normalize());
        try (Git git = Git.open(top.toFile())) {
            return Optional.ofNullable(git.getRepository().resolve("HEAD")).map(ObjectId::name);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read HEAD in " + top + ": " + e.getMessage(), e);
        }
    }

    private static void requireHead(Path top, String headSha) {
        Optional<String> head = headSha(top);
        if (!head.equals(Optional.of(headSha))) {
            throw new IllegalStateException("the checkout in " + top + " is at " + head.orElse("no commit")
                    + ", not at the source branch's head " + headSha
                    + "; generate tests on a checkout of the source branch (not a merged-results pipeline),"
                    + " so the pushed commit holds only the tests");
        }
    }
}
