package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Recompiles only the test sources that changed since the last successful compile, in process ({@link
 * InProcessCompiler}), and deletes the class files of changed and deleted ones first, so no stale class survives a
 * candidate that was cut down or removed. Changes are told by content, not time: a candidate is often rewritten within
 * the file system's time resolution. Test classes that did not change are not recompiled against changed ones, a
 * shortcut that is safe for candidates, which nothing else references.
 */
final class IncrementalTestCompile {
    private final DirectSetup setup;
    private final InProcessCompiler javac;
    private final Map<Path, Long> compiled = new HashMap<>();

    /**
     * @param compiled whether Maven has just compiled the sources as they are now; when it failed, nothing counts as
     *     compiled, so the next compile goes through Maven again
     */
    IncrementalTestCompile(DirectSetup setup, InProcessCompiler javac, boolean compiled) {
        this.setup = requireNonNull(setup, "setup");
        this.javac = requireNonNull(javac, "javac");
        if (compiled) {
            markCompiled();
        }
    }

    /**
     * Compiles the changed test sources; empty, compiling nothing, when a production source changed or went away:
     * then the caller compiles through Maven and calls {@link #markCompiled()}.
     */
    Optional<CompileResult> compile() {
        Map<Path, Long> now = fingerprints();
        List<Path> changed = new ArrayList<>();
        now.forEach((file, print) -> {
            if (!print.equals(compiled.get(file))) {
                changed.add(file);
            }
        });
        List<Path> gone =
                compiled.keySet().stream().filter(f -> !now.containsKey(f)).toList();
        if (changed.stream().anyMatch(this::production) || gone.stream().anyMatch(this::production)) {
            return Optional.empty();
        }
        gone.forEach(f -> InProcessCompiler.deleteClasses(setup.testClasses(), className(f)));
        changed.forEach(f -> InProcessCompiler.deleteClasses(setup.testClasses(), className(f)));
        CompileResult result = javac.compile(changed);
        if (result.succeeded()) {
            compiled.clear();
            compiled.putAll(now);
        }
        return Optional.of(result);
    }

    /** Records every source as compiled, as it is now. */
    void markCompiled() {
        compiled.clear();
        compiled.putAll(fingerprints());
    }

    private boolean production(Path file) {
        return !file.startsWith(setup.testSources());
    }

    private Map<Path, Long> fingerprints() {
        Map<Path, Long> prints = new HashMap<>();
        for (Path root : List.of(setup.sources(), setup.testSources())) {
            for (Path file : TestTree.javaFiles(root)) {
                try {
                    CRC32 crc = new CRC32();
                    crc.update(Files.readAllBytes(file));
                    prints.put(file, crc.getValue());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        }
        return prints;
    }

    private String className(Path source) {
        return ChangedLines.className(
                setup.testSources().relativize(source).toString().replace(File.separatorChar, '/'));
    }
}
