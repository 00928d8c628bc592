package dev.gooseci.review;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The steering files as they are on disk. Symbolic links are not followed, so they cannot pull in other files. */
final class WorkingTreeFiles implements RepoFiles {
    private final Path root;

    WorkingTreeFiles(Path root) {
        this.root = requireNonNull(root, "root");
    }

    @Override
    public Optional<String> read(String path) {
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " (UTF-8 text expected): " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> list(String dir) {
        Path directory = root.resolve(dir);
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String origin() {
        return "the working tree";
    }
}
