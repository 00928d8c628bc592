package dev.gooseci.tool.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** {@code git_diff}: the unified diff between two revisions, or between a revision and the working tree. */
final class GitDiff {
    private GitDiff() {}

    static String run(Repository repository, GitArgs arguments, int maxChars) throws IOException {
        String base = arguments.string("base").orElse("HEAD");
        Optional<String> head = arguments.string("head");
        Optional<String> path = arguments.path("path");
        int context = arguments.integer("context", 0, 100).orElse(3);
        if (head.isEmpty() && repository.isBare()) {
            throw new GitToolException("git_diff: the repository is bare and has no working tree; pass 'head'");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RevWalk walk = new RevWalk(repository);
                DiffFormatter formatter = DiffText.formatter(repository, out, context)) {
            ObjectReader reader = walk.getObjectReader();
            AbstractTreeIterator from = base.equals("HEAD") && !Revisions.hasHead(repository)
                    ? new EmptyTreeIterator()
                    : tree(reader, Revisions.commit(repository, walk, base).getTree());
            AbstractTreeIterator to;
            TreeFilter filter =
                    path.map(p -> PathFilterGroup.createFromStrings(p)).orElse(TreeFilter.ALL);
            if (head.isPresent()) {
                to = tree(reader, Revisions.commit(repository, walk, head.get()).getTree());
            } else {
                to = new FileTreeIterator(repository);
                filter = AndTreeFilter.create(filter, new TrackedFilter(indexedPaths(repository)));
            }
            formatter.setPathFilter(filter);
            List<DiffEntry> entries = formatter.scan(from, to);
            if (entries.isEmpty()) {
                return "no differences between " + base + " and " + head.orElse("the working tree")
                        + path.map(p -> " in " + p).orElse("") + "\n";
            }
            return DiffText.render(formatter, out, entries, maxChars);
        }
    }

    private static AbstractTreeIterator tree(ObjectReader reader, AnyObjectId tree) throws IOException {
        CanonicalTreeParser parser = new CanonicalTreeParser();
        parser.reset(reader, tree);
        return parser;
    }

    private static TreeSet<String> indexedPaths(Repository repository) throws IOException {
        DirCache index = repository.readDirCache();
        TreeSet<String> paths = new TreeSet<>();
        for (int i = 0; i < index.getEntryCount(); i++) {
            paths.add(index.getEntry(i).getPathString());
        }
        return paths;
    }
}
