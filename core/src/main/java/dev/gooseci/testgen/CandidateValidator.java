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
 * <p>Stability is {@code runs} passing runs in a row: the run alone (which also measures coverage), more runs alone,
 * then one run of the class's surviving methods in JUnit's random method order, and one of the whole class in its
 * declared order. So a method that leaks or needs state from its neighbours fails here, not later in CI.
 */
final class CandidateValidator {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateValidator.class);
    private static final int COMPILE_ATTEMPTS = 4;

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
        files = compileGate(files, verdicts);
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
        stabilityGate(files, verdicts, exec.keySet());
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

    private Map<Path, CandidateFile> compileGate(Map<Path, CandidateFile> files, Map<MethodId, Verdict> verdicts) {
        Map<Path, CandidateFile> current = new LinkedHashMap<>(files);
        for (int attempt = 1; attempt <= COMPILE_ATTEMPTS && !current.isEmpty(); attempt++) {
            CompileResult compiled = build.compile();
            if (compiled.succeeded()) {
                return current;
            }
            boolean attributed = false;
            for (Map.Entry<Path, CandidateFile> entry : new ArrayList<>(current.entrySet())) {
                CandidateFile file = entry.getValue();
                List<CompilerError> errors =
                        compiled.errorsIn(entry.getKey().toAbsolutePath().toString());
                if (errors.isEmpty()) {
                    continue;
                }
                attributed = true;
                for (CompilerError error : errors) {
                    Optional<MethodDeclaration> at = file.methodAt(error.line());
                    List<MethodDeclaration> hit = at.map(List::of).orElse(file.testMethods());
                    for (MethodDeclaration method : hit) {
                        MethodId id = id(file, method);
                        if (verdicts.get(id) == null) {
                            reject(
                                    verdicts,
                                    id,
                                    Gate.COMPILES,
                                    "does not compile: " + error.message()
                                            + " (line " + error.line()
                                            + (at.isEmpty() ? ", outside any test method" : "")
                                            + ")",
                                    none());
                        }
                    }
                }
                current.put(entry.getKey(), cut(file, keptNames(file, verdicts)));
            }
            if (!attributed) {
                String why = compiled.errors().isEmpty()
                        ? "the build failed without a compiler error: "
                                + tail(compiled.process().output())
                        : "the project does not compile: " + compiled.errors().get(0);
                for (CandidateFile file : current.values()) {
                    file.testMethods().forEach(m -> reject(verdicts, id(file, m), Gate.COMPILES, why, none()));
                    deleteQuietly(file.path());
                }
                return Map.of();
            }
            current.values().removeIf(f -> f.testMethods().isEmpty());
        }
        for (CandidateFile file : current.values()) {
            file.testMethods()
                    .forEach(m -> reject(
                            verdicts,
                            id(file, m),
                            Gate.COMPILES,
                            "the candidates still do not compile after " + COMPILE_ATTEMPTS + " attempts",
                            none()));
            deleteQuietly(file.path());
        }
        return Map.of();
    }

    private void stabilityGate(Map<Path, CandidateFile> files, Map<MethodId, Verdict> verdicts, Set<MethodId> alone) {
        for (int run = 2; run <= runs; run++) {
            boolean random = run == runs - 1;
            boolean whole = run == runs;
            for (CandidateFile file : files.values()) {
                List<String> alive = file.testMethods().stream()
                        .map(m -> id(file, m))
                        .filter(id -> alone.contains(id) && verdicts.get(id) == null)
                        .map(MethodId::method)
                        .toList();
                if (alive.isEmpty()) {
                    continue;
                }
                if (random || whole) {
                    TestSelection selection = TestSelection.of(file.className(), alive);
                    TestRun result = build.run(random ? selection.inRandomOrder(seed) : selection);
                    String how = random ? "in random method order (seed " + seed + ")" : "inside its whole class";
                    for (String method : alive) {
                        failure(result, method)
                                .ifPresent(why -> reject(
                                        verdicts,
                                        new MethodId(file.className(), method),
                                        Gate.STABLE,
                                        "flaky: passed alone, then failed in run " + runs(file, how) + ": " + why,
                                        none()));
                    }
                } else {
                    for (String method : alive) {
                        TestRun result = build.run(TestSelection.of(file.className(), List.of(method)));
                        int at = run;
                        failure(result, method)
                                .ifPresent(why -> reject(
                                        verdicts,
                                        new MethodId(file.className(), method),
                                        Gate.STABLE,
                                        "flaky: passed alone, then failed in run " + at + " of " + runs + " (alone): "
                                                + why,
                                        none()));
                    }
                }
            }
        }
    }

    private String runs(CandidateFile file, String how) {
        return (how.startsWith("in random") ? runs - 1 : runs) + " of " + runs + " (" + how + ")";
    }

    private static Optional<String> failure(TestRun run, String method) {
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

    private static Set<String> keptNames(CandidateFile file, Map<MethodId, Verdict> verdicts) {
        return file.testMethods().stream()
                .map(m -> id(file, m))
                .filter(id -> verdicts.get(id) == null || verdicts.get(id).isKept())
                .map(MethodId::method)
                .collect(Collectors.toSet());
    }

    private static CandidateFile cut(CandidateFile file, Set<String> keep) {
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

    private static MethodId id(CandidateFile file, MethodDeclaration method) {
        return new MethodId(file.className(), method.getNameAsString());
    }

    private static void reject(Map<MethodId, Verdict> verdicts, MethodId id, Gate gate, String why, CoverageGain gain) {
        verdicts.put(id, Verdict.rejected(id, gate, why, gain));
        LOG.info("rejected {} at gate {}: {}", id, gate, why);
    }

    private static CoverageGain none() {
        return CoverageGain.none();
    }

    private int buildCount() {
        return build.processCount();
    }

    static String tail(String output) {
        String trimmed = output.strip();
        return trimmed.length() <= 400 ? trimmed : "..." + trimmed.substring(trimmed.length() - 400);
    }

    private static void deleteQuietly(Path path) {
        try {
            java.nio.file.Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("cannot delete candidate {}", path, e);
        }
    }
}
