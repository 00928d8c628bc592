package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ILine;
import org.jacoco.core.analysis.ISourceFileCoverage;
import org.jacoco.core.tools.ExecFileLoader;

/**
 * Measures the changed lines with {@code org.jacoco.core}: loads (and merges) execution data files and analyses only
 * the class files compiled from the changed sources.
 */
final class CoverageAnalyzer {
    private final Path classesDir;
    private final ChangedLines changed;

    CoverageAnalyzer(Path classesDir, ChangedLines changed) {
        this.classesDir = requireNonNull(classesDir, "classesDir");
        this.changed = requireNonNull(changed, "changed");
    }

    /** The coverage of the changed lines under the union of {@code execFiles}. */
    CoverageSnapshot measure(List<Path> execFiles) {
        ExecFileLoader loader = new ExecFileLoader();
        CoverageBuilder builder = new CoverageBuilder();
        try {
            for (Path exec : execFiles) {
                loader.load(exec.toFile());
            }
            Analyzer analyzer = new Analyzer(loader.getExecutionDataStore(), builder);
            for (Path classFile : classFiles()) {
                analyzer.analyzeAll(classFile.toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse coverage of " + classesDir + ": " + e.getMessage(), e);
        }
        SortedMap<SourceLine, LineStatus> lines = new TreeMap<>();
        for (ISourceFileCoverage file : builder.getSourceFiles()) {
            String source =
                    file.getPackageName().isEmpty() ? file.getName() : file.getPackageName() + "/" + file.getName();
            SortedSet<Integer> numbers = changed.lines().get(source);
            if (numbers == null) {
                continue;
            }
            for (int number : numbers) {
                ILine line = file.getLine(number);
                if (line.getInstructionCounter().getTotalCount() == 0) {
                    continue;
                }
                ICounter branches = line.getBranchCounter();
                lines.put(
                        new SourceLine(source, number),
                        new LineStatus(
                                line.getInstructionCounter().getCoveredCount() > 0,
                                branches.getCoveredCount(),
                                branches.getTotalCount()));
            }
        }
        return new CoverageSnapshot(lines);
    }

    private List<Path> classFiles() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (String source : changed.lines().keySet()) {
            String stem = source.substring(0, source.length() - ".java".length());
            Path dir = classesDir.resolve(stem).getParent();
            String simple = Path.of(stem).getFileName().toString();
            if (dir == null || !Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> listed = Files.list(dir)) {
                listed.filter(p -> {
                            String name = p.getFileName().toString();
                            return name.equals(simple + ".class")
                                    || (name.startsWith(simple + "$") && name.endsWith(".class"));
                        })
                        .forEach(files::add);
            }
        }
        return files;
    }
}
