package dev.gooseci.jenkins;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A git repository in a test's directory as a multibranch checkout leaves it: a base commit that
 * {@code origin/main} points at, and the change on top. Its path, with forward slashes, goes into Pipeline scripts.
 */
final class TestRepository {
    private static final PersonIdent AUTHOR = new PersonIdent(
            "Alice Example", "alice@example.com", Instant.parse("2024-05-01T10:00:00Z"), ZoneId.of("UTC"));

    private TestRepository() {}

    static void create(Path root, Map<String, String> base, Map<String, String> change) throws Exception {
        try (Git git =
                Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            RevCommit first = commit(git, root, base, "base");
            RefUpdate origin = git.getRepository().updateRef("refs/remotes/origin/main");
            origin.setNewObjectId(first);
            origin.update();
            commit(git, root, change, "change");
        }
    }

    /** The path for a Groovy string in a Pipeline script. */
    static String groovy(Path path) {
        return path.toAbsolutePath().toString().replace('\\', '/');
    }

    private static RevCommit commit(Git git, Path root, Map<String, String> files, String message) throws Exception {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        git.add().addFilepattern(".").call();
        return git.commit()
                .setMessage(message)
                .setAuthor(AUTHOR)
                .setCommitter(AUTHOR)
                .setSign(false)
                .call();
    }
}
