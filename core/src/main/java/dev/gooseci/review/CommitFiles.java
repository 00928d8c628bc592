package dev.gooseci.review;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/** The steering files as one commit has them: the base of a fork's pull request, which the contributor cannot change. */
final class CommitFiles implements RepoFiles {
    private final Path root;
    private final String sha;

    /** @param sha a full commit sha that {@link dev.gooseci.diff.GitChangeSource} already resolved */
    CommitFiles(Path root, String sha) {
        this.root = requireNonNull(root, "root");
        this.sha = requireNonNull(sha, "sha");
    }

    @Override
    public Optional<String> read(String path) {
        try (Repository repo = open();
                RevWalk walk = new RevWalk(repo)) {
            RevTree tree = walk.parseCommit(ObjectId.fromString(sha)).getTree();
            try (TreeWalk entry = TreeWalk.forPath(repo, path, tree)) {
                if (entry == null
                        || entry.getFileMode(0) != FileMode.REGULAR_FILE
                                && entry.getFileMode(0) != FileMode.EXECUTABLE_FILE) {
                    return Optional.empty();
                }
                byte[] bytes = repo.open(entry.getObjectId(0)).getBytes();
                return Optional.of(new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw failed(path, e);
        }
    }

    @Override
    public List<String> list(String dir) {
        List<String> names = new ArrayList<>();
        try (Repository repo = open();
                RevWalk walk = new RevWalk(repo);
                TreeWalk tree = new TreeWalk(repo)) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(sha)).getTree());
            tree.setRecursive(true);
            tree.setFilter(PathFilter.create(dir));
            while (tree.next()) {
                String path = tree.getPathString();
                boolean direct = path.startsWith(dir + "/") && path.indexOf('/', dir.length() + 1) < 0;
                if (direct
                        && (tree.getFileMode(0) == FileMode.REGULAR_FILE
                                || tree.getFileMode(0) == FileMode.EXECUTABLE_FILE)) {
                    names.add(path.substring(dir.length() + 1));
                }
            }
        } catch (IOException e) {
            throw failed(dir, e);
        }
        names.sort(null);
        return names;
    }

    @Override
    public String origin() {
        return "base commit " + sha.substring(0, Math.min(7, sha.length()));
    }

    private Repository open() throws IOException {
        return new FileRepositoryBuilder()
                .findGitDir(root.toFile())
                .setMustExist(true)
                .build();
    }

    private UncheckedIOException failed(String path, IOException e) {
        return new UncheckedIOException("cannot read " + path + " at " + origin() + ": " + e.getMessage(), e);
    }
}
