package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

import dev.gooseci.provider.TokenEstimator;

/**
 * Counts the tokens of rendered diff text, for packing. Pure functions of the text, so that a packing is the same on
 * every machine. {@link DiffPacker#forModel} picks between them per change: {@link #exact} for ordinary changes, and
 * for very large ones a {@link #ratio} calibrated on a sample of the change itself with the exact count, since the
 * tokenizer reads only about 5 to 15 MB of text a second.
 */
@FunctionalInterface
public interface DiffTokenCounter {

    /** The tokens of {@code text}. */
    int count(String text);

    /** The tokenizer's own count. */
    static DiffTokenCounter exact(TokenEstimator estimator) {
        requireNonNull(estimator, "estimator");
        return estimator::count;
    }

    /** Characters divided by {@code charsPerToken}, rounded up. */
    static DiffTokenCounter ratio(double charsPerToken) {
        if (!(charsPerToken > 0)) {
            throw new IllegalArgumentException("charsPerToken must be > 0, got " + charsPerToken);
        }
        return text -> (int) Math.ceil(text.length() / charsPerToken);
    }
}
