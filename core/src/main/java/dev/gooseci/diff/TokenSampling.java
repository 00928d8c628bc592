package dev.gooseci.diff;

/**
 * When {@link DiffPacker#forModel} stops counting every hunk with the tokenizer and samples instead. The tokenizer
 * reads roughly 5 to 15 MB of text a second, so counting a 1,000,000-line diff exactly would take seconds; a ratio
 * measured on a sample of the same change stays within a few percent of the exact count (see {@code bench/diff.sh}).
 *
 * @param exactChars rendered characters of the reviewed files up to which every hunk is counted exactly
 * @param sampleChars about how many rendered characters the characters-per-token ratio is measured on beyond that
 */
public record TokenSampling(long exactChars, long sampleChars) {

    /** Exact up to 2 MiB of rendered text (a few tenths of a second), then a 1 MiB sample. */
    public static final TokenSampling DEFAULT = new TokenSampling(2L << 20, 1L << 20);

    public TokenSampling {
        if (exactChars < 0 || sampleChars < 1) {
            throw new IllegalArgumentException(
                    "exactChars must be >= 0 and sampleChars >= 1, got " + exactChars + " and " + sampleChars);
        }
    }
}
