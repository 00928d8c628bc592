package dev.gooseci.recipe;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The repository's hints for the system prompt: every {@code AGENTS.md} and {@code .goosehints} from the git root down
 * to the workspace, root first, each under a header naming its file, capped in size. The walk stops at the directory
 * that holds {@code .git} and never reads above it; without one, only the workspace itself is read.
 *
 * <p>Files are read through a reader function so that a fork's pull request can be reviewed with the hints of the
 * base commit, not the ones the pull request brings: a contributor must not be able to rewrite the reviewer's
 * instructions.
 */
public final class Hints {
    /** 16 KiB: enough for real hints, small enough for the fixed part of every request. */
    public static final int DEFAULT_CAP_BYTES = 16 * 1024;

    static final List<String> FILE_NAMES = List.of("AGENTS.md", ".goosehints");

    private final Function<Path, Optional<String>> reader;
    private final int capBytes;

    /**
     * @param reader the content of a file by its absolute path, or empty when it does not exist there
     * @param capBytes the most UTF-8 bytes of hints (headers included) to return
     */
    public Hints(Function<Path, Optional<String>> reader, int capBytes) {
        this.reader = requireNonNull(reader, "reader");
        if (capBytes < 1) {
            throw new IllegalArgumentException("the hints cap must be positive, was " + capBytes);
        }
        this.capBytes = capBytes;
    }

    /**
     * Hints from the working tree, capped at {@link #DEFAULT_CAP_BYTES}. Symbolic links are not followed, so that a
     * hints file cannot pull in a file from elsewhere on the machine.
     */
    public static Hints fromWorkingTree() {
        return new Hints(Hints::readWorkingTreeFile, DEFAULT_CAP_BYTES);
    }

    /** The hints for {@code workspace}, or empty text when there are none. */
    public String collect(Path workspace) {
        Path start = workspace.toAbsolutePath().normalize();
        Path root = gitRoot(start).orElse(start);
        List<Path> dirs = new ArrayList<>();
        for (Path dir = start; dir != null && dir.startsWith(root); dir = dir.getParent()) {
            dirs.add(0, dir);
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        List<String> left = new ArrayList<>();
        for (Path dir : dirs) {
            for (String name : FILE_NAMES) {
                Path file = dir.resolve(name);
                Optional<String> content = reader.apply(file);
                if (content.isEmpty() || content.get().isBlank()) {
                    continue;
                }
                String shown = root.getParent() == null
                        ? file.toString()
                        : root.relativize(file).toString();
                String chunk = "### " + shown + "\n" + content.get().strip() + "\n\n";
                int size = chunk.getBytes(StandardCharsets.UTF_8).length;
                if (!left.isEmpty() || used + size > capBytes) {
                    String fitted = left.isEmpty() ? fit(chunk, capBytes - used) : "";
                    out.append(fitted);
                    used += fitted.getBytes(StandardCharsets.UTF_8).length;
                    left.add(shown);
                    continue;
                }
                out.append(chunk);
                used += size;
            }
        }
        if (!left.isEmpty()) {
            String kept = out.toString().strip();
            out.setLength(0);
            out.append(kept)
                    .append("\n\n[hints cut at ")
                    .append(capBytes)
                    .append(" bytes; not shown in full: ")
                    .append(String.join(", ", left))
                    .append("]\n");
        }
        return out.toString().strip();
    }

    /** The nearest directory at or above {@code start} that holds {@code .git} (a directory, or a worktree's file). */
    static Optional<Path> gitRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** The longest prefix of {@code text} of at most {@code bytes} UTF-8 bytes, cut between code points. */
    private static String fit(String text, int bytes) {
        int size = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (size + width > bytes) {
                break;
            }
            size += width;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    static Optional<String> readWorkingTreeFile(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
