package dev.gooseci.tool.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/** The {@code rev:path} form of {@code git_show}: a file's text, a directory's entries, or a note that it is binary. */
final class FileAtRevision {
    private FileAtRevision() {}

    static String show(Repository repository, RevCommit commit, String rev, String path, int maxChars)
            throws IOException {
        if (path.isEmpty()) {
            return list(repository, commit, rev, "");
        }
        try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
            if (walk == null) {
                throw new GitToolException("there is no '" + path + "' at " + rev
                        + "; find the commits that changed it with git__git_log path=" + path
                        + ", or list the top directory with git__git_show rev=" + rev + ":");
            }
            if (walk.getFileMode(0) == FileMode.TREE) {
                return list(repository, commit, rev, path);
            }
            ObjectLoader loader = repository.open(walk.getObjectId(0));
            byte[] head = readHead(loader, maxChars);
            if (RawText.isBinary(head, head.length, head.length == loader.getSize())) {
                return path + " at " + rev + " is a binary file of " + loader.getSize() + " bytes\n";
            }
            String text = new String(head, StandardCharsets.UTF_8);
            if (loader.getSize() > head.length) {
                return text + "\n[cut at " + maxChars + " of " + loader.getSize() + " bytes]\n";
            }
            return text;
        }
    }

    private static byte[] readHead(ObjectLoader loader, int maxBytes) throws IOException {
        if (loader.getSize() <= maxBytes) {
            return loader.getCachedBytes(maxBytes);
        }
        try (var in = loader.openStream()) {
            return in.readNBytes(maxBytes);
        }
    }

    private static String list(Repository repository, RevCommit commit, String rev, String path) throws IOException {
        StringBuilder out = new StringBuilder();
        try (TreeWalk walk = new TreeWalk(repository)) {
            if (path.isEmpty()) {
                walk.addTree(commit.getTree());
            } else {
                try (TreeWalk dir = TreeWalk.forPath(repository, path, commit.getTree())) {
                    walk.addTree(dir.getObjectId(0));
                }
            }
            walk.setRecursive(false);
            while (walk.next()) {
                out.append(walk.getPathString());
                out.append(walk.isSubtree() ? "/\n" : "\n");
            }
        }
        return "tree " + rev + ":" + path + "\n\n" + out;
    }
}
