package dev.gooseci.provider;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What calls cost in US dollars, or unknown when a model's price is not known. Unknown is never taken as zero: a sum
 * with an unknown part is unknown, so a cost budget cannot be passed by a model nobody priced.
 *
 * @param usd the amount, empty when unknown
 */
public record Cost(Optional<BigDecimal> usd) {
    public static final Cost ZERO = new Cost(Optional.of(BigDecimal.ZERO));
    public static final Cost UNKNOWN = new Cost(Optional.empty());

    public Cost {
        requireNonNull(usd, "usd");
        if (usd.isPresent() && usd.get().signum() < 0) {
            throw new IllegalArgumentException("a cost cannot be negative, was " + usd.get());
        }
    }

    public static Cost of(BigDecimal usd) {
        return new Cost(Optional.of(usd));
    }

    public boolean known() {
        return usd.isPresent();
    }

    /** The sum; unknown when either part is unknown. */
    public Cost plus(Cost other) {
        return known() && other.known() ? of(usd.get().add(other.usd.get())) : UNKNOWN;
    }

    /** {@code $0.0123}, rounded to four decimals, or {@code unknown}. */
    @Override
    public String toString() {
        return usd.map(v -> "$" + v.setScale(4, RoundingMode.HALF_UP).toPlainString())
                .orElse("unknown");
    }
}
