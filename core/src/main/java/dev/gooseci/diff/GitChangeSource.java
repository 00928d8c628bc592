package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

import dev.gooseci.diff.ChangeSourceException.Problem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Builds a {@link ChangeSet} from a local git repository with JGit, with rename (and copy) detection on and git's 3
 * lines of context, into exactly the model {@link UnifiedDiffParser} gives for the same diff as text.
 *
 * <p>Two shapes: {@link #diff(String, String) base..head} between commits, and {@link #diffWorkingTree(String)} from a
 * base commit to the files on disk. The working tree includes untracked files that are not ignored, because a
 * developer who runs a review before committing expects new files to be reviewed too; its head sha is empty. When no
 * base is given, {@link #defaultBase()} is the merge base of HEAD with the remote's default branch, which is what a
 * pull request compares against. Every failure is a {@link ChangeSourceException} whose message says what to do.
 */
public final class GitChangeSource implements AutoCloseable {

    private static final int CONTEXT = 3;

    private final Repository repo;
    private final BaseResolver bases;

    private GitChangeSource(Repository repo) {
        this.repo = repo;
        this.bases = new BaseResolver(repo);
    }

    /**
     * Opens the repository that contains {@code dir} (it may be a subdirectory of the working tree). Like git, the
     * search upwards stops at the directories in {@code GIT_CEILING_DIRECTORIES}; no other git variable is read, so a
     * {@code GIT_DIR} left by a hook cannot redirect a review.
     */
    public static GitChangeSource open(Path dir) {
        File start = requireNonNull(dir, "dir").toAbsolutePath().toFile();
        FileRepositoryBuilder builder = new FileRepositoryBuilder();
        String ceilings = System.getenv("GIT_CEILING_DIRECTORIES");
        if (ceilings != null) {
            for (String ceiling : ceilings.split(File.pathSeparator, -1)) {
                if (!ceiling.isBlank()) {
                    builder.addCeilingDirectory(new File(ceiling));
                }
            }
        }
        builder.findGitDir(start);
        if (builder.getGitDir() == null) {
            throw new ChangeSourceException(
                    Problem.NOT_A_REPOSITORY,
                    "'" + dir + "' is not inside a git repository:"
                            + " run from a git checkout (CI: check the repository out first) or point to one");
        }
        try {
            return new GitChangeSource(builder.setMustExist(true).build());
        } catch (IOException e) {
            throw new ChangeSourceException(
                    Problem.NOT_A_REPOSITORY,
                    "cannot open the git repository at " + builder.getGitDir() + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * The merge base of HEAD with the remote default branch ({@code origin/HEAD}'s target, else {@code origin/main},
     * else {@code origin/master}), as a full sha.
     */
    public String defaultBase() {
        return bases.defaultBase().name();
    }

    /** The change from {@code base} to {@code head}; each may be a sha, a branch or a tag name. */
    public ChangeSet diff(String base, String head) {
        ObjectId baseId = bases.resolve(requireNonNull(base, "base"), "base");
        ObjectId headId = bases.resolve(requireNonNull(head, "head"), "head");
        try (ObjectReader reader = repo.newObjectReader();
                RevWalk walk = new RevWalk(reader)) {
            CanonicalTreeParser from = new CanonicalTreeParser(
                    null, reader, walk.parseCommit(baseId).getTree());
            CanonicalTreeParser to = new CanonicalTreeParser(
                    null, reader, walk.parseCommit(headId).getTree());
            List<FileChange> files = files(from, to, ContentSource.create(reader));
            return new ChangeSet(baseId.name(), headId.name(), files);
        } catch (IOException e) {
            throw readFailed(e);
        }
    }

    /** The change from {@code base} to the working tree, untracked (not ignored) files included; no head sha. */
    public ChangeSet diffWorkingTree(String base) {
        ObjectId baseId = bases.resolve(requireNonNull(base, "base"), "base");
        try (ObjectReader reader = repo.newObjectReader();
                RevWalk walk = new RevWalk(reader)) {
            CanonicalTreeParser from = new CanonicalTreeParser(
                    null, reader, walk.parseCommit(baseId).getTree());
            FileTreeIterator to = new FileTreeIterator(repo);
            List<FileChange> files = files(from, to, ContentSource.create(new FileTreeIterator(repo)));
            return new ChangeSet(baseId.name(), "", files);
        } catch (IOException e) {
            throw readFailed(e);
        }
    }

    private List<FileChange> files(AbstractTreeIterator from, AbstractTreeIterator to, ContentSource newSide)
            throws IOException {
        try (ObjectReader reader = repo.newObjectReader();
                DiffFormatter formatter = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            formatter.setRepository(repo);
            formatter.setContext(CONTEXT);
            formatter.setDetectRenames(true);
            ContentSource.Pair contents = new ContentSource.Pair(ContentSource.create(reader), newSide);
            List<FileChange> files = new ArrayList<>();
            for (DiffEntry entry : formatter.scan(from, to)) {
                files.add(GitEntries.toFileChange(entry, formatter.toFileHeader(entry), contents, CONTEXT));
            }
            return files;
        }
    }

    private static ChangeSourceException readFailed(IOException e) {
        return new ChangeSourceException(Problem.READ_FAILED, "cannot read the repository: " + e.getMessage(), e);
    }

    /** Whether the repository is a shallow clone (it has {@code .git/shallow}). */
    boolean isShallow() {
        return bases.isShallow();
    }

    @Override
    public void close() {
        repo.close();
    }
}
