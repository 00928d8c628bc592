package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one test run: per-method results from the surefire reports, and the JaCoCo execution data when the
 * run was measured.
 *
 * @param cases every test method that ran, in report order
 * @param coverage the {@code .exec} file the agent wrote, when coverage was asked for and the JVM wrote it
 * @param process the build process, for timeouts and output when no report was written
 */
public record TestRun(List<TestCaseResult> cases, Optional<Path> coverage, ProcessResult process) {
    public TestRun {
        cases = List.copyOf(requireNonNull(cases, "cases"));
        requireNonNull(coverage, "coverage");
        requireNonNull(process, "process");
    }

    public int tests() {
        return cases.size();
    }

    public long failures() {
        return cases.stream()
                .filter(c -> c.outcome() == TestCaseResult.Outcome.FAILED)
                .count();
    }

    public long errors() {
        return cases.stream()
                .filter(c -> c.outcome() == TestCaseResult.Outcome.ERROR)
                .count();
    }

    /** Whether at least one test ran and none failed, and the build neither timed out nor failed otherwise. */
    public boolean passed() {
        return !process.timedOut() && !cases.isEmpty() && cases.stream().noneMatch(c -> !c.passed() && !skipped(c));
    }

    /** The result of {@code method}, if it ran. */
    public Optional<TestCaseResult> find(String method) {
        return cases.stream().filter(c -> c.method().equals(method)).findFirst();
    }

    private static boolean skipped(TestCaseResult c) {
        return c.outcome() == TestCaseResult.Outcome.SKIPPED;
    }
}
