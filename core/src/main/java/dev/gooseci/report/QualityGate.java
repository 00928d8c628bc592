package dev.gooseci.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a review fails the build: it does when any finding is at or above the {@code fail-on} severity. There is no
 * threshold by default, so a review informs and never blocks until a team chooses one.
 *
 * @param failOn the least severity that fails the gate; empty for none
 */
public record QualityGate(Optional<Severity> failOn) {
    public static final QualityGate NONE = new QualityGate(Optional.empty());

    public QualityGate {
        requireNonNull(failOn, "failOn");
    }

    public static QualityGate failOn(Severity threshold) {
        return new QualityGate(Optional.of(threshold));
    }

    /**
     * Reads the {@code fail-on} setting: {@code none} or a severity name.
     *
     * @throws IllegalArgumentException naming every accepted value when {@code text} is none of them
     */
    public static QualityGate parse(String text) {
        if (text != null && text.strip().toLowerCase(Locale.ROOT).equals("none")) {
            return NONE;
        }
        try {
            return failOn(Severity.parse(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown fail-on value '" + text + "': use none or one of " + Severity.names(), e);
        }
    }

    /** How many findings are at or above the threshold. */
    public long failing(List<Finding> findings) {
        return failOn.map(threshold -> findings.stream()
                        .filter(f -> f.severity().atLeast(threshold))
                        .count())
                .orElse(0L);
    }

    public boolean passes(List<Finding> findings) {
        return failing(findings) == 0;
    }

    /** The setting as it is written: {@code none} or a severity's name. */
    public String describe() {
        return failOn.map(Severity::id).orElse("none");
    }
}
