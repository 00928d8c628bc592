package dev.gooseci.config;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A model's price as the user configured it, in US dollars per million tokens. It replaces the built-in price of the
 * same model name.
 *
 * @param input prompt tokens that were neither read from nor written to a cache
 * @param output generated tokens
 * @param cacheRead prompt tokens read from the cache
 * @param cacheWrite prompt tokens written to the cache
 */
public record PriceSetting(BigDecimal input, BigDecimal output, BigDecimal cacheRead, BigDecimal cacheWrite) {
    public PriceSetting {
        requireNonNull(input, "input");
        requireNonNull(output, "output");
        requireNonNull(cacheRead, "cacheRead");
        requireNonNull(cacheWrite, "cacheWrite");
        if (input.signum() < 0 || output.signum() < 0 || cacheRead.signum() < 0 || cacheWrite.signum() < 0) {
            throw new IllegalArgumentException("prices cannot be negative: " + this);
        }
    }
}
