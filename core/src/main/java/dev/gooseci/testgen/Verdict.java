package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What the gates decided about one candidate method.
 *
 * @param rejectedAt the gate that rejected it, empty when it was kept
 * @param reason why it was rejected, or for a kept test its rationale
 * @param gain the changed lines and branches it newly covers (empty if it never got that far)
 */
public record Verdict(MethodId id, Optional<Gate> rejectedAt, String reason, CoverageGain gain) {
    public Verdict {
        requireNonNull(id, "id");
        requireNonNull(rejectedAt, "rejectedAt");
        requireNonNull(reason, "reason");
        requireNonNull(gain, "gain");
    }

    public static Verdict rejected(MethodId id, Gate gate, String reason, CoverageGain gain) {
        return new Verdict(id, Optional.of(gate), reason, gain);
    }

    public static Verdict kept(MethodId id, CoverageGain gain) {
        return new Verdict(id, Optional.empty(), "newly covers " + gain.describe(), gain);
    }

    public boolean isKept() {
        return rejectedAt.isEmpty();
    }

    /** Whether it passed {@code gate}: kept, or rejected at a later gate. */
    public boolean passed(Gate gate) {
        return rejectedAt.map(at -> at.ordinal() > gate.ordinal()).orElse(true);
    }
}
