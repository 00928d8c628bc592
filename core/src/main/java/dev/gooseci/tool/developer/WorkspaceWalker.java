package dev.gooseci.tool.developer;

import dev.gooseci.policy.Access;
import dev.gooseci.policy.PathSandbox;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Walks a directory of the workspace depth-first in name order, leaving out what a listing or search must not show:
 * ignored files ({@link Ignores}), and whatever the sandbox denies (protected files such as {@code .env} and
 * {@code .git/}, links that leave the workspace). Symbolic links are shown but never followed, so a walk cannot loop.
 */
final class WorkspaceWalker {
    /** One file or directory; {@code path} is workspace-relative with '/' separators. */
    record Entry(String path, String name, Path file, boolean directory, int depth) {}

    /** Called for each entry; returns false to end the walk. */
    @FunctionalInterface
    interface Visitor {
        boolean visit(Entry entry) throws IOException;
    }

    private final PathSandbox sandbox;

    WorkspaceWalker(PathSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /**
     * Walks the directory {@code start} down to {@code maxDepth} levels (1: its entries only).
     *
     * @return the directory's workspace-relative path, normalised ({@code ""} for the root)
     */
    String walk(String start, int maxDepth, Visitor visitor) throws IOException {
        Path directory = sandbox.resolve(start, Access.READ);
        if (!Files.isDirectory(directory)) {
            throw new ToolFailure(
                    start + " is not a directory" + (Files.exists(directory) ? "" : " (it does not exist)"));
        }
        String relative = normalise(start);
        walk(directory, relative, 1, maxDepth, Ignores.forDirectory(sandbox.root(), relative), visitor);
        return relative;
    }

    private boolean walk(Path directory, String relative, int depth, int maxDepth, Ignores ignores, Visitor visitor)
            throws IOException {
        for (Path child : children(directory)) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ToolFailure("interrupted");
            }
            String name = child.getFileName().toString();
            String path = relative.isEmpty() ? name : relative + "/" + name;
            if (!sandbox.check(path, Access.READ).isAllowed()) {
                continue;
            }
            boolean isDirectory = Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS);
            if (ignores.ignored(path, isDirectory)) {
                continue;
            }
            if (!visitor.visit(new Entry(path, name, child, isDirectory, depth))) {
                return false;
            }
            if (isDirectory
                    && depth < maxDepth
                    && !walk(child, path, depth + 1, maxDepth, ignores.enter(child, path), visitor)) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> children(Path directory) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            entries.forEach(children::add);
        } catch (IOException | DirectoryIteratorException e) {
            return List.of();
        }
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return children;
    }

    static String normalise(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }
}
