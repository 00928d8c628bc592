package dev.gooseci.tool.git;

import java.io.IOException;
import org.eclipse.jgit.blame.BlameGenerator;
import org.eclipse.jgit.blame.BlameResult;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** {@code git_blame}: the commit and author that last changed each line of a file, following renames. */
final class GitBlame {
    private GitBlame() {}

    static String run(Repository repository, GitArgs arguments) throws IOException {
        String path = arguments
                .path("path")
                .orElseThrow(() -> new GitToolException(
                        "git_blame needs 'path', a file relative to the repository root, for example src/Main.java"));
        String rev = arguments.string("rev").orElse("HEAD");
        int start = arguments.integer("start_line", 1, Integer.MAX_VALUE).orElse(1);
        int end = arguments.integer("end_line", 1, Integer.MAX_VALUE).orElse(Integer.MAX_VALUE);
        try (RevWalk walk = new RevWalk(repository);
                BlameGenerator generator = new BlameGenerator(repository, path)) {
            RevCommit commit = Revisions.commit(repository, walk, rev);
            checkTextFile(repository, commit, rev, path);
            generator.setFollowFileRenames(true);
            generator.push(null, commit);
            BlameResult result = BlameResult.create(generator);
            RawText contents = result.getResultContents();
            int lines = contents.size();
            if (lines == 0) {
                return path + " is empty at " + rev + "\n";
            }
            if (start > lines || start > end) {
                throw new GitToolException(
                        "git_blame: lines " + start + " to " + (end == Integer.MAX_VALUE ? "end" : end)
                                + " are outside " + path + ", which has " + lines + " lines at " + rev);
            }
            int last = Math.min(end, lines);
            result.computeRange(start - 1, last);
            StringBuilder out = new StringBuilder();
            ObjectReader reader = walk.getObjectReader();
            for (int i = start - 1; i < last; i++) {
                out.append(Revisions.abbreviate(reader, result.getSourceCommit(i)))
                        .append(" (")
                        .append(result.getSourceAuthor(i).getName())
                        .append(") ")
                        .append(i + 1)
                        .append(": ")
                        .append(contents.getString(i))
                        .append('\n');
            }
            return out.toString();
        }
    }

    private static void checkTextFile(Repository repository, RevCommit commit, String rev, String path)
            throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
            if (walk == null || walk.isSubtree()) {
                throw new GitToolException("git_blame: there is no file '" + path + "' at " + rev
                        + "; list files with git__git_show rev=" + rev + ": or find it with git__git_log path="
                        + path);
            }
            byte[] bytes = repository.open(walk.getObjectId(0)).getCachedBytes(Integer.MAX_VALUE);
            if (RawText.isBinary(bytes)) {
                throw new GitToolException("git_blame: " + path + " is a binary file at " + rev + "; blame needs text");
            }
        }
    }
}
