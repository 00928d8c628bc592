package dev.gooseci.testgen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The paths a commit changes against its first parent, read with JGit from a working or bare repository: what the
 * landing tests assert holds only test sources. Public, and in core's test-jar, for the hosts' tests.
 */
public final class CommitFiles {
    private CommitFiles() {}

    /** The paths {@code revision} (such as {@code refs/heads/goose-ci/tests-for-11}) changes in {@code repository}. */
    public static List<String> changedBy(Path repository, String revision) throws IOException {
        try (Git git = Git.open(repository.toFile());
                RevWalk commits = new RevWalk(git.getRepository())) {
            Repository repo = git.getRepository();
            ObjectId id = repo.resolve(revision);
            if (id == null) {
                throw new IllegalArgumentException(revision + " does not exist in " + repository);
            }
            RevCommit commit = commits.parseCommit(id);
            List<String> paths = new ArrayList<>();
            try (TreeWalk walk = new TreeWalk(repo)) {
                walk.addTree(commits.parseCommit(commit.getParent(0)).getTree());
                walk.addTree(commit.getTree());
                walk.setRecursive(true);
                walk.setFilter(TreeFilter.ANY_DIFF);
                while (walk.next()) {
                    paths.add(walk.getPathString());
                }
            }
            return paths;
        }
    }
}
