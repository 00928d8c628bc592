package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

import dev.gooseci.provider.TokenEstimator;

/**
 * Counts the tokens of rendered diff text, for packing. {@link #exact(TokenEstimator)} runs the tokenizer, which is
 * right but costs about a second per 1.5 MB (a few seconds for a 1,000,000-line diff); {@link #approximate()} divides
 * the characters by a ratio measured on real diffs rendered by {@link UnitRenderer}, which is instant and, on the
 * project's own history, within a few percent of the exact count (see {@code bench/diff.sh}). Both are pure
 * functions of the text, so a packing is the same on every machine.
 */
@FunctionalInterface
public interface TokenCounter {

    /**
     * Characters per token of rendered diffs. Measured by {@code DiffBench} on this project's history (Java,
     * Markdown, YAML): cl100k_base and o200k_base both come out near it.
     */
    double CHARS_PER_TOKEN = 3.6;

    /** The tokens of {@code text}. */
    int count(String text);

    /** The tokenizer's own count. */
    static TokenCounter exact(TokenEstimator estimator) {
        requireNonNull(estimator, "estimator");
        return estimator::count;
    }

    /** Characters divided by {@link #CHARS_PER_TOKEN}, rounded up. */
    static TokenCounter approximate() {
        return text -> (int) Math.ceil(text.length() / CHARS_PER_TOKEN);
    }
}
