package dev.gooseci.tool.git;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** {@code git_log}: the commits of a revision or range, newest first, one line each. */
final class GitLog {
    private static final int DEFAULT_COUNT = 20;
    private static final int MAX_COUNT = 500;

    private GitLog() {}

    static String run(Repository repository, GitArgs arguments) throws IOException {
        String range = arguments.string("range").orElse("HEAD");
        int maxCount = arguments.integer("max_count", 1, MAX_COUNT).orElse(DEFAULT_COUNT);
        Optional<String> path = arguments.path("path");
        if (range.contains("...")) {
            throw new GitToolException(
                    "git_log: symmetric ranges like '" + range + "' are not supported; use base..head");
        }
        if (!Revisions.hasHead(repository)) {
            return "no commits: the repository has no commits yet\n";
        }
        try (RevWalk walk = new RevWalk(repository)) {
            int dots = range.indexOf("..");
            if (dots >= 0) {
                String base = range.substring(0, dots).isEmpty() ? "HEAD" : range.substring(0, dots);
                String head = range.substring(dots + 2).isEmpty() ? "HEAD" : range.substring(dots + 2);
                walk.markStart(Revisions.commit(repository, walk, head));
                walk.markUninteresting(Revisions.commit(repository, walk, base));
            } else {
                walk.markStart(Revisions.commit(repository, walk, range));
            }
            path.ifPresent(p -> walk.setTreeFilter(
                    AndTreeFilter.create(PathFilterGroup.createFromStrings(p), TreeFilter.ANY_DIFF)));
            StringBuilder out = new StringBuilder();
            int count = 0;
            for (RevCommit commit : walk) {
                if (count == maxCount) {
                    out.append("[more commits follow; raise max_count or narrow the range]\n");
                    break;
                }
                out.append(CommitLine.of(walk.getObjectReader(), commit)).append('\n');
                count++;
            }
            return count == 0
                    ? "no commits in " + range
                            + path.map(p -> " that change " + p).orElse("") + "\n"
                    : out.toString();
        }
    }
}
