package dev.gooseci.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** A real git repository in a test's directory, with a fixed author so that its history is the same on every run. */
public final class GitRepo implements AutoCloseable {
    private static final PersonIdent AUTHOR = new PersonIdent(
            "Alice Example", "alice@example.com", Instant.parse("2024-05-01T10:00:00Z"), ZoneId.of("UTC"));

    private final Path root;
    private final Git git;

    private GitRepo(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    public static GitRepo init(Path root) throws GitAPIException {
        return new GitRepo(
                root,
                Git.init().setDirectory(root.toFile()).setInitialBranch("main").call());
    }

    public Path root() {
        return root;
    }

    public GitRepo write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    public GitRepo write(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return this;
    }

    /** Commits every file and returns the commit's sha. */
    public String commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit()
                .setMessage(message)
                .setAuthor(AUTHOR)
                .setCommitter(AUTHOR)
                .setSign(false)
                .call()
                .name();
    }

    public Git git() {
        return git;
    }

    @Override
    public void close() {
        git.close();
    }
}
