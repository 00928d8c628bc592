package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

/**
 * A kept test's {@link BaseLabel} with the evidence for it.
 *
 * @param baseSha the base commit it ran on
 * @param detail the first line of the failure or compiler error, or why the check could not tell; empty when it
 *     passed
 */
public record BaseVerdict(BaseLabel label, String baseSha, String detail) {
    private static final int MAX_DETAIL = 300;

    public BaseVerdict {
        requireNonNull(label, "label");
        requireNonNull(baseSha, "baseSha");
        detail = firstLine(requireNonNull(detail, "detail"));
    }

    static BaseVerdict passes(String baseSha) {
        return new BaseVerdict(BaseLabel.PASSES_ON_BASE, baseSha, "");
    }

    static BaseVerdict fails(String baseSha, String failure) {
        return new BaseVerdict(BaseLabel.FAILS_ON_BASE, baseSha, failure);
    }

    static BaseVerdict doesNotCompile(String baseSha, String error) {
        return new BaseVerdict(BaseLabel.DOES_NOT_COMPILE_ON_BASE, baseSha, error);
    }

    static BaseVerdict unknown(String baseSha, String why) {
        return new BaseVerdict(BaseLabel.UNKNOWN, baseSha, why);
    }

    /** The label in words, for a commit message: {@code behaviour change: fails on base 1a2b3c4}. */
    public String summary() {
        String sha = baseSha.substring(0, Math.min(7, baseSha.length()));
        if (label == BaseLabel.PASSES_ON_BASE) {
            return "regression test: passes on base " + sha;
        }
        if (label == BaseLabel.FAILS_ON_BASE) {
            return "behaviour change: fails on base " + sha;
        }
        if (label == BaseLabel.DOES_NOT_COMPILE_ON_BASE) {
            return "behaviour change: new API, does not compile on base " + sha;
        }
        if (label == BaseLabel.UNKNOWN) {
            return "not known on base " + sha;
        }
        throw new AssertionError(label);
    }

    /** The summary with the evidence, for the report. */
    public String describe() {
        return detail.isEmpty() ? summary() : summary() + ": " + detail;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "...";
    }
}
