package dev.gooseci.testgen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes one commit's tree into an empty directory with JGit, straight from the object database: the user's working
 * tree, index and HEAD are never touched. Regular and executable files are written (a Maven wrapper stays
 * executable); symbolic links and submodules are left out.
 */
final class BaseTree {
    private BaseTree() {}

    /**
     * @param projectDir the project, anywhere inside a git working tree
     * @param sha the commit to write
     * @param into an empty directory
     * @return where the project lies inside {@code into}
     * @throws IOException when the repository or the commit cannot be read, or a file cannot be written
     */
    static Path export(Path projectDir, String sha, Path into) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(projectDir.toFile());
        if (builder.getGitDir() == null) {
            throw new IOException(projectDir + " is not inside a git repository");
        }
        Path target = into.toAbsolutePath().normalize();
        try (Repository repo = builder.setMustExist(true).build();
                RevWalk walk = new RevWalk(repo);
                TreeWalk tree = new TreeWalk(repo)) {
            tree.addTree(commit(repo, walk, sha).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                FileMode mode = tree.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    continue;
                }
                Path file = target.resolve(tree.getPathString()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("refusing to write " + tree.getPathString() + " outside " + target);
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    repo.open(tree.getObjectId(0)).copyTo(out);
                }
                if (mode == FileMode.EXECUTABLE_FILE && !file.toFile().setExecutable(true)) {
                    throw new IOException("cannot make " + file + " executable");
                }
            }
            Path top = repo.getWorkTree().toPath().toRealPath();
            return target.resolve(top.relativize(projectDir.toRealPath()).toString());
        }
    }

    private static RevCommit commit(Repository repo, RevWalk walk, String sha) throws IOException {
        try {
            ObjectId id = repo.resolve(sha + "^{commit}");
            if (id != null) {
                return walk.parseCommit(id);
            }
        } catch (MissingObjectException e) {
            // reported below, with what to do
        }
        throw new IOException("there is no commit " + sha + " in " + repo.getDirectory()
                + "; fetch it (a shallow clone needs enough depth to reach the base)");
    }
}
