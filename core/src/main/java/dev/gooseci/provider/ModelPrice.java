package dev.gooseci.provider;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A model's list price in US dollars per million tokens, with cached prompt tokens priced apart: a cache read is
 * usually a tenth of the input price and a cache write may cost more than input.
 *
 * @param input prompt tokens neither read from nor written to a cache
 * @param output generated tokens, reasoning included
 * @param cacheRead prompt tokens read from the cache
 * @param cacheWrite prompt tokens written to the cache
 */
public record ModelPrice(BigDecimal input, BigDecimal output, BigDecimal cacheRead, BigDecimal cacheWrite) {
    /** Local models: nothing is billed. */
    public static final ModelPrice FREE =
            new ModelPrice(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public ModelPrice {
        requireNonNull(input, "input");
        requireNonNull(output, "output");
        requireNonNull(cacheRead, "cacheRead");
        requireNonNull(cacheWrite, "cacheWrite");
        if (input.signum() < 0 || output.signum() < 0 || cacheRead.signum() < 0 || cacheWrite.signum() < 0) {
            throw new IllegalArgumentException("prices cannot be negative: " + this);
        }
    }

    /** What {@code usage} costs at this price, in US dollars. */
    public BigDecimal cost(Usage usage) {
        BigDecimal micros = input.multiply(BigDecimal.valueOf(usage.inputTokens()))
                .add(output.multiply(BigDecimal.valueOf(usage.outputTokens())))
                .add(cacheRead.multiply(BigDecimal.valueOf(usage.cacheReadTokens())))
                .add(cacheWrite.multiply(BigDecimal.valueOf(usage.cacheWriteTokens())));
        return micros.divide(MILLION, MathContext.DECIMAL64);
    }
}
