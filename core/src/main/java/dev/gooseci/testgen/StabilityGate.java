package dev.gooseci.testgen;

import static dev.gooseci.testgen.CandidateValidator.failure;
import static dev.gooseci.testgen.CandidateValidator.id;
import static dev.gooseci.testgen.CandidateValidator.none;
import static dev.gooseci.testgen.CandidateValidator.reject;
import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gate 3: a method that passed alone passes {@code runs} runs in a row: more runs alone, then one run of its class's
 * surviving methods in JUnit's random method order, and one of them in declared order inside the class. So a method
 * that leaks or needs state from its neighbours fails here, not later in CI.
 */
final class StabilityGate {
    private final BuildTool build;
    private final int runs;
    private final long seed;

    StabilityGate(BuildTool build, int runs, long seed) {
        this.build = requireNonNull(build, "build");
        this.runs = runs;
        this.seed = seed;
    }

    void apply(Map<Path, CandidateFile> files, Map<MethodId, Verdict> verdicts, Set<MethodId> alone) {
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
}
