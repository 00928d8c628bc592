package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * Commits the merged test files with JGit under the bot identity, and pushes them when asked. Only test sources are
 * committed: a path outside a {@code src/test/} directory is refused, whatever else the working tree holds.
 *
 * <p>Trusted code calls this after the gates; the agent never sees the push credentials, which the host passes here
 * (for example a GitHub token as the password of a {@code UsernamePasswordCredentialsProvider}).
 */
public final class TestCommitter {
    /** The identity of every commit: GitHub's convention for apps, which renders with the bot badge. */
    public static final PersonIdent BOT = new PersonIdent("goose-ci[bot]", "goose-ci[bot]@users.noreply.github.com");

    private final Path repository;

    /** @param repository the working tree's root */
    public TestCommitter(Path repository) {
        this.repository = requireNonNull(repository, "repository");
    }

    /**
     * Commits {@code files} (relative to the repository root) with {@code message}.
     *
     * @throws IllegalArgumentException for a path that is not a test source or nothing to commit
     */
    public CommitResult commit(List<String> files, String message) {
        requireNonNull(message, "message");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no test files to commit; commit only after a run that kept tests");
        }
        for (String file : files) {
            if (!(file.startsWith("src/test/") || file.contains("/src/test/")) || file.contains("..")) {
                throw new IllegalArgumentException(
                        "refusing to commit " + file + ": test generation commits only test sources under src/test/");
            }
        }
        try (Git git = Git.open(repository.toFile())) {
            var add = git.add();
            files.forEach(add::addFilepattern);
            add.call();
            var commit = git.commit()
                    .setAuthor(BOT)
                    .setCommitter(BOT)
                    .setMessage(message)
                    .setAllowEmpty(false);
            files.forEach(commit::setOnly);
            RevCommit created = commit.call();
            return new CommitResult(created.name(), git.getRepository().getBranch(), files, Optional.empty());
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException(
                    "cannot commit the generated tests in " + repository + ": " + e.getMessage(), e);
        }
    }

    /**
     * Pushes HEAD to {@code branch} on {@code remote} (a configured remote name or a URL).
     *
     * @param credentials from the host, or empty for a remote that needs none (a local bare repository)
     */
    public CommitResult push(
            CommitResult commit, String remote, String branch, Optional<CredentialsProvider> credentials) {
        return push(commit, remote, branch, credentials, false);
    }

    /**
     * Pushes HEAD to {@code branch} on {@code remote}, replacing what the branch held when {@code force} is set. Only
     * the bot's own branches are forced; see {@link Landing}.
     */
    public CommitResult push(
            CommitResult commit,
            String remote,
            String branch,
            Optional<CredentialsProvider> credentials,
            boolean force) {
        requireNonNull(remote, "remote");
        requireNonNull(branch, "branch");
        try (Git git = Git.open(repository.toFile())) {
            var push = git.push()
                    .setRemote(remote)
                    .setRefSpecs(new RefSpec(commit.sha() + ":refs/heads/" + branch).setForceUpdate(force));
            credentials.ifPresent(push::setCredentialsProvider);
            for (PushResult result : push.call()) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    if (update.getStatus() != RemoteRefUpdate.Status.OK
                            && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
                        throw new IllegalStateException("pushing to " + remote + " " + branch + " was refused: "
                                + update.getStatus() + " "
                                + Optional.ofNullable(update.getMessage()).orElse("")
                                + "; check that the branch exists and the token may push to it");
                    }
                }
            }
            return new CommitResult(commit.sha(), commit.branch(), commit.files(), Optional.of(remote + "/" + branch));
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException("cannot push to " + remote + " " + branch + ": " + e.getMessage(), e);
        }
    }
}
