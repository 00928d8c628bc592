package dev.gooseci.provider;

/**
 * Tokens used by one call or summed over a run.
 *
 * <p>Vendors count prompt tokens differently: OpenAI's {@code prompt_tokens} include cached tokens, Anthropic's
 * {@code input_tokens} do not. Here {@code inputTokens} is always the prompt tokens that were neither read from nor
 * written to a cache, so that cost is one sum over four disjoint counts.
 */
public record Usage(long inputTokens, long outputTokens, long cacheReadTokens, long cacheWriteTokens) {

    public static final Usage ZERO = new Usage(0, 0, 0, 0);

    public Usage {
        if (inputTokens < 0 || outputTokens < 0 || cacheReadTokens < 0 || cacheWriteTokens < 0) {
            throw new IllegalArgumentException("token counts cannot be negative: " + inputTokens + ", " + outputTokens
                    + ", " + cacheReadTokens + ", " + cacheWriteTokens);
        }
    }

    public static Usage of(long inputTokens, long outputTokens) {
        return new Usage(inputTokens, outputTokens, 0, 0);
    }

    public Usage plus(Usage other) {
        return new Usage(
                inputTokens + other.inputTokens,
                outputTokens + other.outputTokens,
                cacheReadTokens + other.cacheReadTokens,
                cacheWriteTokens + other.cacheWriteTokens);
    }

    /** Every prompt token, cached or not. */
    public long promptTokens() {
        return inputTokens + cacheReadTokens + cacheWriteTokens;
    }

    public long totalTokens() {
        return promptTokens() + outputTokens;
    }
}
