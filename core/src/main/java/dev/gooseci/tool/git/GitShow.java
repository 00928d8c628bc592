package dev.gooseci.tool.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;

/** {@code git_show}: a commit's header, message and diff against its first parent, or a file at a revision. */
final class GitShow {
    private GitShow() {}

    static String run(Repository repository, GitArgs arguments, int maxChars) throws IOException {
        String rev = arguments.required("rev", "HEAD~1 or HEAD:README.md");
        int colon = rev.indexOf(':');
        try (RevWalk walk = new RevWalk(repository)) {
            if (colon >= 0) {
                String at = rev.substring(0, colon);
                if (at.isEmpty()) {
                    throw new GitToolException(
                            "git_show: '" + rev + "' names no revision before ':'; use HEAD:" + rev.substring(1));
                }
                String path = GitArgs.normalize(rev.substring(colon + 1));
                return FileAtRevision.show(repository, Revisions.commit(repository, walk, at), at, path, maxChars);
            }
            return commit(repository, walk, Revisions.commit(repository, walk, rev), maxChars);
        }
    }

    private static String commit(Repository repository, RevWalk walk, RevCommit commit, int maxChars)
            throws IOException {
        PersonIdent author = commit.getAuthorIdent();
        StringBuilder header =
                new StringBuilder().append("commit ").append(commit.name()).append('\n');
        if (commit.getParentCount() > 1) {
            header.append("Merge:");
            for (RevCommit parent : commit.getParents()) {
                header.append(' ').append(Revisions.abbreviate(walk.getObjectReader(), parent));
            }
            header.append(" (diff against the first parent)\n");
        }
        header.append("Author: ")
                .append(author.getName())
                .append(" <")
                .append(author.getEmailAddress())
                .append(">\nDate:   ")
                .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        author.getWhenAsInstant().atZone(author.getZoneId())))
                .append("\n\n");
        for (String line : commit.getFullMessage().strip().split("\n", -1)) {
            header.append("    ").append(line).append('\n');
        }
        header.append('\n');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter formatter = DiffText.formatter(repository, out, 3)) {
            CanonicalTreeParser to = new CanonicalTreeParser();
            to.reset(walk.getObjectReader(), commit.getTree());
            var entries = commit.getParentCount() == 0
                    ? formatter.scan(new EmptyTreeIterator(), to)
                    : formatter.scan(walk.parseCommit(commit.getParent(0)).getTree(), commit.getTree());
            int budget = Math.max(1, maxChars - header.length());
            return header + DiffText.render(formatter, out, entries, budget);
        }
    }
}
