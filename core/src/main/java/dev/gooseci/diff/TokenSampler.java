package dev.gooseci.diff;

import dev.gooseci.provider.TokenEstimator;
import java.util.List;

/**
 * Chooses the token counter for one change: exact when its rendered text is small enough to tokenize quickly,
 * otherwise a characters-per-token ratio measured with the exact tokenizer on a sample of the change's own hunks.
 * The sample is the hunks whose rendered text's {@link String#hashCode()} falls in one bucket of {@code k}, so it
 * depends on neither the file order nor the machine, and it spreads over all files.
 */
final class TokenSampler {

    private TokenSampler() {}

    static DiffTokenCounter counterFor(TokenEstimator estimator, List<FileChange> files, TokenSampling sampling) {
        long total = 0;
        for (FileChange file : files) {
            total += UnitRenderer.header(file, 1, 1).length();
            for (Hunk hunk : file.hunks()) {
                total += UnitRenderer.hunk(hunk).length();
            }
        }
        if (total <= sampling.exactChars()) {
            return DiffTokenCounter.exact(estimator);
        }
        long k = Math.max(1, total / sampling.sampleChars());
        long chars = 0;
        long tokens = 0;
        for (FileChange file : files) {
            for (Hunk hunk : file.hunks()) {
                String text = UnitRenderer.hunk(hunk);
                if (Integer.toUnsignedLong(text.hashCode()) % k == 0) {
                    chars += text.length();
                    tokens += estimator.count(text);
                }
            }
        }
        return DiffTokenCounter.ratio(tokens == 0 ? 4.0 : (double) chars / tokens);
    }
}
