package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import dev.gooseci.provider.Cost;
import java.util.Optional;

/**
 * A test that passed every gate.
 *
 * @param file the test file it was merged into, relative to the project
 * @param gain the changed lines and branches it newly covers: its rationale
 * @param tokens its share of its target's agent tokens (the target's total over its kept tests)
 * @param cost its share of its target's cost
 * @param base what it does on the change's base commit; empty when the base check was off or there was no base
 */
public record KeptTest(
        MethodId id, String file, CoverageGain gain, long tokens, Cost cost, Optional<BaseVerdict> base) {
    public KeptTest {
        requireNonNull(id, "id");
        requireNonNull(file, "file");
        requireNonNull(gain, "gain");
        requireNonNull(cost, "cost");
        requireNonNull(base, "base");
    }

    /** A kept test not checked on base (yet). */
    public KeptTest(MethodId id, String file, CoverageGain gain, long tokens, Cost cost) {
        this(id, file, gain, tokens, cost, Optional.empty());
    }

    /** The same test, labelled by the base check. */
    public KeptTest withBase(BaseVerdict verdict) {
        return new KeptTest(id, file, gain, tokens, cost, Optional.of(verdict));
    }
}
