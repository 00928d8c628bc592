package dev.gooseci.testgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A snapshot of the Java files under {@code src/test/java}, to tell which files the agent created. Existing test
 * files are not candidates: edits to them are reverted, because the gates judge new methods, not changed ones.
 */
final class TestTree {
    private final Path root;
    private final Map<Path, byte[]> files;

    private TestTree(Path root, Map<Path, byte[]> files) {
        this.root = root;
        this.files = files;
    }

    static TestTree snapshot(Path projectDir) {
        Path root = projectDir.resolve("src/test/java");
        Map<Path, byte[]> files = new HashMap<>();
        for (Path file : javaFiles(root)) {
            try {
                files.put(file, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TestTree(root, files);
    }

    /** Files that did not exist at the snapshot, sorted. */
    List<Path> created() {
        return javaFiles(root).stream()
                .filter(f -> !files.containsKey(f))
                .sorted()
                .toList();
    }

    /** Puts back every file of the snapshot that was changed or deleted; returns their paths. */
    List<Path> restoreChanged() {
        List<Path> restored = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> entry : files.entrySet()) {
                Path file = entry.getKey();
                if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), entry.getValue())) {
                    Files.createDirectories(file.getParent());
                    Files.write(file, entry.getValue());
                    restored.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return restored;
    }

    static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                    .map(Path::toAbsolutePath)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
