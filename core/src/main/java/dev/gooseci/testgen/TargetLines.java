package dev.gooseci.testgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The lines to measure for explicitly named targets: their changed lines when the change touches them, else every
 * line of their source, so that a class picked by name is judged on all of its code.
 */
final class TargetLines {
    private TargetLines() {}

    static ChangedLines of(Path projectDir, ChangedLines changed, List<String> targets) {
        SortedMap<String, SortedSet<Integer>> lines =
                new TreeMap<>(changed.onlyClasses(targets).lines());
        for (String target : targets) {
            String source = ChangedLines.sourceOf(target);
            if (lines.containsKey(source)) {
                continue;
            }
            Path file = projectDir.resolve("src/main/java").resolve(source);
            if (!Files.isRegularFile(file)) {
                throw new BuildException("target " + target + " has no source at " + file
                        + "; name production classes of this project (fully qualified) in --targets");
            }
            SortedSet<Integer> all = new TreeSet<>();
            try {
                int count = Files.readAllLines(file).size();
                for (int i = 1; i <= count; i++) {
                    all.add(i);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lines.put(source, all);
        }
        return new ChangedLines(lines);
    }
}
