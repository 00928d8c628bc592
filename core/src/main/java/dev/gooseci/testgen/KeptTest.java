package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import dev.gooseci.provider.Cost;

/**
 * A test that passed every gate.
 *
 * @param file the test file it was merged into, relative to the project
 * @param gain the changed lines and branches it newly covers: its rationale
 * @param tokens its share of its target's agent tokens (the target's total over its kept tests)
 * @param cost its share of its target's cost
 */
public record KeptTest(MethodId id, String file, CoverageGain gain, long tokens, Cost cost) {
    public KeptTest {
        requireNonNull(id, "id");
        requireNonNull(file, "file");
        requireNonNull(gain, "gain");
        requireNonNull(cost, "cost");
    }
}
