package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@link Gate}s in order to every test method of the candidate files, and cuts each file down to the
 * methods that passed. It works per method: one class may hold good and bad methods.
 *
 * <p>The compile gate is {@link CompileGate} and the stability gate {@link StabilityGate}; the run alone, which also
 * measures coverage, is the first of the stability runs.
 */
final class CandidateValidator {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateValidator.class);

    private final BuildTool build;
    private final CoverageAnalyzer analyzer;
    private final CoverageSnapshot baseline;
    private final List<Path> baselineExec;
    private final int runs;
    private final long seed;

    CandidateValidator(
            BuildTool build,
            CoverageAnalyzer analyzer,
            CoverageSnapshot baseline,
            List<Path> baselineExec,
            int runs,
            long seed) {
        this.build = requireNonNull(build, "build");
        this.analyzer = requireNonNull(analyzer, "analyzer");
        this.baseline = requireNonNull(baseline, "baseline");
        this.baselineExec = List.copyOf(baselineExec);
        if (runs < 3) {
            throw new IllegalArgumentException("stability needs at least 3 runs (alone, random order, whole class),"
                    + " was " + runs + "; raise testgen.stability_runs");
        }
        this.runs = runs;
        this.seed = seed;
    }

    Validation validate(List<Path> paths) {
        Map<MethodId, Verdict> verdicts = new LinkedHashMap<>();
        Map<Path, CandidateFile> files = new LinkedHashMap<>();
        for (Path path : paths) {
            CandidateFile.Result read = CandidateFile.read(path);
            if (read.file().isEmpty()) {
                MethodId id = new MethodId(path.getFileName().toString(), "(whole file)");
                reject(verdicts, id, Gate.COMPILES, read.problem(), CoverageGain.none());
                deleteQuietly(path);
                continue;
            }
            CandidateFile file = read.file().get();
            files.put(path, file);
            file.testMethods().forEach(m -> verdicts.put(id(file, m), null));
        }
        int before = buildCount();
        files = new CompileGate(build).apply(files, verdicts);
        Map<MethodId, Path> exec = new HashMap<>();
        for (CandidateFile file : files.values()) {
            for (MethodDeclaration method : file.testMethods()) {
                MethodId id = id(file, method);
                TestRun alone = build.run(
                        TestSelection.of(file.className(), List.of(id.method())).measured());
                Optional<String> failure = failure(alone, id.method());
                if (failure.isPresent()) {
                    reject(verdicts, id, Gate.PASSES_ALONE, "fails when run alone: " + failure.get(), none());
                } else if (alone.coverage().isEmpty()) {
                    reject(verdicts, id, Gate.PASSES_ALONE, "its run wrote no coverage data", none());
                } else {
                    exec.put(id, alone.coverage().get());
                }
            }
        }
        new StabilityGate(build, runs, seed).apply(files, verdicts, exec.keySet());
        for (Map.Entry<MethodId, Path> entry : exec.entrySet()) {
            MethodId id = entry.getKey();
            if (verdicts.get(id) != null) {
                continue;
            }
            List<Path> merged = new ArrayList<>(baselineExec);
            merged.add(entry.getValue());
            CoverageGain gain = analyzer.measure(merged).gainOver(baseline);
            MethodDeclaration method = methodOf(files, id);
            List<String> problems = DeterminismCheck.problems(method);
            if (gain.isEmpty()) {
                reject(
                        verdicts,
                        id,
                        Gate.NEW_COVERAGE,
                        "covers no changed line or branch that the existing tests" + " did not already cover",
                        gain);
            } else if (!AssertionCheck.hasRealAssertion(method)) {
                reject(
                        verdicts,
                        id,
                        Gate.ASSERTS,
                        "has no real assertion (assertions on literals only count as" + " none)",
                        gain);
            } else if (!problems.isEmpty()) {
                reject(verdicts, id, Gate.DETERMINISTIC, "is not deterministic: " + String.join("; ", problems), gain);
            } else {
                verdicts.put(id, Verdict.kept(id, gain));
                LOG.info("kept {}: {}", id, verdicts.get(id).reason());
            }
        }
        List<CompilationUnit> survivors = new ArrayList<>();
        for (CandidateFile file : files.values()) {
            Set<String> kept = keptNames(file, verdicts);
            if (!kept.isEmpty()) {
                survivors.add(cut(file, kept).unit());
            }
        }
        Map<MethodId, Path> keptExec = exec.entrySet().stream()
                .filter(e -> verdicts.get(e.getKey()).isKept())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Validation(List.copyOf(verdicts.values()), survivors, keptExec, buildCount() - before);
    }

    static Optional<String> failure(TestRun run, String method) {
        if (run.process().timedOut()) {
            return Optional.of("the build timed out");
        }
        Optional<TestCaseResult> result = run.find(method);
        if (result.isEmpty()) {
            return Optional.of("it did not run (" + tail(run.process().output()) + ")");
        }
        return result.get().passed()
                ? Optional.empty()
                : Optional.of(result.get().message());
    }

    static Set<String> keptNames(CandidateFile file, Map<MethodId, Verdict> verdicts) {
        return file.testMethods().stream()
                .map(m -> id(file, m))
                .filter(id -> verdicts.get(id) == null || verdicts.get(id).isKept())
                .map(MethodId::method)
                .collect(Collectors.toSet());
    }

    static CandidateFile cut(CandidateFile file, Set<String> keep) {
        try {
            return file.keepOnly(keep);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite candidate " + file.path(), e);
        }
    }

    private static MethodDeclaration methodOf(Map<Path, CandidateFile> files, MethodId id) {
        return files.values().stream()
                .filter(f -> f.className().equals(id.className()))
                .flatMap(f -> f.method(id.method()).stream())
                .findFirst()
                .orElseThrow();
    }

    static MethodId id(CandidateFile file, MethodDeclaration method) {
        return new MethodId(file.className(), method.getNameAsString());
    }

    static void reject(Map<MethodId, Verdict> verdicts, MethodId id, Gate gate, String why, CoverageGain gain) {
        verdicts.put(id, Verdict.rejected(id, gate, why, gain));
        LOG.info("rejected {} at gate {}: {}", id, gate, why);
    }

    static CoverageGain none() {
        return CoverageGain.none();
    }

    private int buildCount() {
        return build.processCount();
    }

    static String tail(String output) {
        String trimmed = output.strip();
        return trimmed.length() <= 400 ? trimmed : "..." + trimmed.substring(trimmed.length() - 400);
    }

    static void deleteQuietly(Path path) {
        try {
            java.nio.file.Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("cannot delete candidate {}", path, e);
        }
    }
}
