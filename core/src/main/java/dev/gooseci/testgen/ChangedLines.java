package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.ChangeType;
import dev.gooseci.diff.FileChange;
import dev.gooseci.diff.Hunk;
import dev.gooseci.diff.HunkLine;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The added lines of changed production Java files ({@code src/main/java}, in any module), by source path under the
 * source root. Only added lines count: a removed line has no coverage to measure, and context lines did not change.
 */
public record ChangedLines(SortedMap<String, SortedSet<Integer>> lines) {
    private static final String ROOT = "src/main/java/";

    public ChangedLines {
        SortedMap<String, SortedSet<Integer>> copy = new TreeMap<>();
        requireNonNull(lines, "lines").forEach((source, numbers) -> copy.put(source, new TreeSet<>(numbers)));
        lines = java.util.Collections.unmodifiableSortedMap(copy);
    }

    public static ChangedLines of(ChangeSet change) {
        SortedMap<String, SortedSet<Integer>> lines = new TreeMap<>();
        for (FileChange file : change.files()) {
            String path = file.newPath();
            int root = path.startsWith(ROOT) ? 0 : path.indexOf("/" + ROOT) + 1;
            if (file.type() == ChangeType.DELETED || !path.endsWith(".java") || (root == 0 && !path.startsWith(ROOT))) {
                continue;
            }
            String source = path.substring(root + ROOT.length());
            for (Hunk hunk : file.hunks()) {
                for (HunkLine line : hunk.lines()) {
                    if (line.kind() == HunkLine.Kind.ADDED) {
                        lines.computeIfAbsent(source, s -> new TreeSet<>()).add(line.newLine());
                    }
                }
            }
        }
        return new ChangedLines(lines);
    }

    /** The top-level class of each changed source, e.g. {@code com.x.A} for {@code com/x/A.java}. */
    public List<String> classNames() {
        return lines.keySet().stream().map(ChangedLines::className).toList();
    }

    /** Only the sources of these classes (fully qualified names). */
    public ChangedLines onlyClasses(Collection<String> classNames) {
        SortedMap<String, SortedSet<Integer>> kept = new TreeMap<>();
        for (Map.Entry<String, SortedSet<Integer>> entry : lines.entrySet()) {
            if (classNames.contains(className(entry.getKey()))) {
                kept.put(entry.getKey(), entry.getValue());
            }
        }
        return new ChangedLines(kept);
    }

    public boolean contains(SourceLine line) {
        SortedSet<Integer> numbers = lines.get(line.source());
        return numbers != null && numbers.contains(line.line());
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    static String className(String source) {
        return source.substring(0, source.length() - ".java".length()).replace('/', '.');
    }

    static String sourceOf(String className) {
        return className.replace('.', '/') + ".java";
    }
}
