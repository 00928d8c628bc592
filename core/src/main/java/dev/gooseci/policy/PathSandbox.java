package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps tools inside the workspace. A path is given relative to the workspace root; it is denied if it is absolute,
 * starts with {@code ~}, contains {@code ..}, a backslash or a NUL byte, names a {@linkplain ProtectedFiles protected
 * file} at any depth, or passes through a symbolic link (file or directory, at any depth) that resolves outside the
 * workspace or onto a protected file. Writes can further be limited to globs, for example {@code src/test/**}.
 *
 * <p>Tools call this themselves as well as the policy, for defence in depth. The check reads the file system (for
 * symbolic links), so a tool should use the returned path at once rather than the text it was given.
 */
public final class PathSandbox {
    private final Path root;
    private final List<String> writeGlobs;
    private final List<PathMatcher> writeMatchers;

    /** A sandbox that allows writes anywhere in the workspace that is not protected. */
    public PathSandbox(Path workspace) {
        this(workspace, List.of());
    }

    /**
     * @param writeGlobs if not empty, writes are allowed only to workspace-relative paths matching one of these
     *     globs ({@link java.nio.file.FileSystem#getPathMatcher} syntax, for example {@code src/test/**})
     */
    public PathSandbox(Path workspace, List<String> writeGlobs) {
        requireNonNull(workspace, "workspace");
        try {
            this.root = workspace.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "workspace " + workspace + " does not exist or cannot be read; check"
                            + " the workspace setting (--workspace / GOOSE_WORKSPACE)",
                    e);
        }
        this.writeGlobs = List.copyOf(requireNonNull(writeGlobs, "writeGlobs"));
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : this.writeGlobs) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        }
        this.writeMatchers = List.copyOf(matchers);
    }

    /** The workspace root, with symbolic links resolved. */
    public Path root() {
        return root;
    }

    /** {@link Allow} if {@link #resolve} would succeed, else a {@link Deny} with the reason. */
    public Decision check(String path, Access access) {
        try {
            resolve(path, access);
            return Decision.allow();
        } catch (PathDeniedException e) {
            return e.decision();
        }
    }

    /**
     * Resolves a workspace-relative path to the real path a tool should open.
     *
     * @throws PathDeniedException with the reason, when the path is not allowed for {@code access}
     */
    public Path resolve(String path, Access access) {
        requireNonNull(path, "path");
        requireNonNull(access, "access");
        String relative = lexicalCheck(path);
        protectedCheck(path, relative);
        if (access == Access.WRITE && relative.isEmpty()) {
            throw new PathDeniedException("cannot write the workspace root itself; name a file inside it");
        }
        Path resolved = followLinks(path, relative);
        String real = root.relativize(resolved).toString().replace('\\', '/');
        if (!real.equals(relative)) {
            protectedCheck(path + " (which resolves to " + real + ")", real);
        }
        if (access == Access.WRITE && !writeMatchers.isEmpty() && !(writable(relative) && writable(real))) {
            throw new PathDeniedException(
                    "writing " + path + " is not allowed: this run may write only " + String.join(", ", writeGlobs));
        }
        return resolved;
    }

    private static String lexicalCheck(String path) {
        if (path.indexOf('\0') >= 0) {
            throw new PathDeniedException("path contains a NUL byte");
        }
        if (path.isBlank()) {
            throw new PathDeniedException("path is empty; use '.' for the workspace root");
        }
        if (path.startsWith("~")) {
            throw new PathDeniedException(
                    "path " + path + " uses '~' (home directory); give a path relative to the workspace root");
        }
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            throw new PathDeniedException(
                    "absolute path " + path + " is not allowed; give a path relative to the workspace root");
        }
        if (path.indexOf('\\') >= 0) {
            throw new PathDeniedException("path " + path + " contains a backslash; use '/' between directories");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                throw new PathDeniedException(
                        "path " + path + " uses '..', which is not allowed; give the path from the workspace root");
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }

    private static void protectedCheck(String shown, String relative) {
        Optional<String> reason = ProtectedFiles.reason(relative);
        if (reason.isPresent()) {
            throw new PathDeniedException("path " + shown + " is protected: " + reason.get());
        }
    }

    private Path followLinks(String path, String relative) {
        Path current = root;
        if (relative.isEmpty()) {
            return current;
        }
        for (String segment : relative.split("/")) {
            Path next = current.resolve(segment);
            if (Files.isSymbolicLink(next)) {
                try {
                    next = next.toRealPath();
                } catch (NoSuchFileException e) {
                    throw new PathDeniedException("path " + path + " goes through the symbolic link "
                            + root.relativize(current.resolve(segment)) + ", whose target does not exist");
                } catch (IOException e) {
                    throw new PathDeniedException("path " + path + " goes through a symbolic link that cannot be"
                            + " resolved: " + e.getMessage());
                }
                if (!next.startsWith(root)) {
                    throw new PathDeniedException("path " + path + " goes through the symbolic link "
                            + root.relativize(current.resolve(segment)) + ", which resolves outside the workspace");
                }
            }
            current = next;
        }
        return current;
    }

    private boolean writable(String relative) {
        Path candidate = Path.of(relative);
        return writeMatchers.stream().anyMatch(m -> m.matches(candidate));
    }
}
