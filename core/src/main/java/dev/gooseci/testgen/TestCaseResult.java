package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

/**
 * One test method's result from a surefire report.
 *
 * @param className the test class, fully qualified
 * @param method the method name as JUnit reports it (without parameters)
 * @param outcome passed, failed (an assertion), errored (an exception) or skipped
 * @param message the failure's message and type, empty when it passed
 */
public record TestCaseResult(String className, String method, Outcome outcome, String message) {
    /** How a test ended; surefire tells an assertion failure from any other exception. */
    public enum Outcome {
        PASSED,
        FAILED,
        ERROR,
        SKIPPED
    }

    public TestCaseResult {
        requireNonNull(className, "className");
        requireNonNull(method, "method");
        requireNonNull(outcome, "outcome");
        requireNonNull(message, "message");
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }
}
