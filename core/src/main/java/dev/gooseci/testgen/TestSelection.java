package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Which tests one run executes and how.
 *
 * @param className the test class, fully qualified; empty runs every test of the project (the baseline)
 * @param methods the methods to run, all of the class when empty
 * @param randomSeed when present, methods run in JUnit's random order with this seed
 * @param measureCoverage whether to attach the JaCoCo agent
 */
public record TestSelection(
        Optional<String> className, List<String> methods, Optional<Long> randomSeed, boolean measureCoverage) {
    public TestSelection {
        requireNonNull(className, "className");
        methods = List.copyOf(requireNonNull(methods, "methods"));
        requireNonNull(randomSeed, "randomSeed");
        if (className.isEmpty() && !methods.isEmpty()) {
            throw new IllegalArgumentException("methods " + methods + " need a class name");
        }
    }

    /** Every test of the project, measured: the baseline. */
    public static TestSelection allMeasured() {
        return new TestSelection(Optional.empty(), List.of(), Optional.empty(), true);
    }

    public static TestSelection of(String className, List<String> methods) {
        return new TestSelection(Optional.of(className), methods, Optional.empty(), false);
    }

    public TestSelection measured() {
        return new TestSelection(className, methods, randomSeed, true);
    }

    public TestSelection inRandomOrder(long seed) {
        return new TestSelection(className, methods, Optional.of(seed), measureCoverage);
    }

    /** The surefire {@code -Dtest} value: {@code Class} or {@code Class#a+b}. */
    Optional<String> surefireFilter() {
        return className.map(c -> methods.isEmpty() ? c : c + "#" + String.join("+", methods));
    }
}
