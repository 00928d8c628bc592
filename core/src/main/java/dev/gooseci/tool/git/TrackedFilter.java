package dev.gooseci.tool.git;

import java.util.NavigableSet;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Keeps the paths git tracks, in the index or in the tree at position 0, so that a working-tree diff reads like
 * {@code git diff HEAD}: untracked files (stray build output, a local {@code .env}) stay out of it.
 */
final class TrackedFilter extends TreeFilter {
    private final NavigableSet<String> indexed;

    TrackedFilter(NavigableSet<String> indexed) {
        this.indexed = indexed;
    }

    @Override
    public boolean include(TreeWalk walker) {
        if (walker.getRawMode(0) != 0) {
            return true;
        }
        String path = walker.getPathString();
        if (walker.isSubtree()) {
            String prefix = path + "/";
            String next = indexed.ceiling(prefix);
            return next != null && next.startsWith(prefix);
        }
        return indexed.contains(path);
    }

    @Override
    public boolean shouldBeRecursive() {
        return false;
    }

    @Override
    public TreeFilter clone() {
        return this;
    }

    @Override
    public String toString() {
        return "TRACKED";
    }
}
