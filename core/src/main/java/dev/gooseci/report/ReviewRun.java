package dev.gooseci.report;

import static java.util.Objects.requireNonNull;

import dev.gooseci.provider.Cost;
import dev.gooseci.provider.Usage;
import java.time.Duration;

/**
 * What a review ran on and what it spent, for the report's footer.
 *
 * @param baseSha the commit the change is compared against
 * @param headSha the commit that was reviewed
 * @param provider the provider's name, such as {@code anthropic}
 * @param model the model's name
 * @param usage tokens over every call of the run
 * @param cost what the run cost; unknown when the model has no price
 * @param wallTime how long the run took
 */
public record ReviewRun(
        String baseSha, String headSha, String provider, String model, Usage usage, Cost cost, Duration wallTime) {
    public ReviewRun {
        requireNonNull(baseSha, "baseSha");
        requireNonNull(headSha, "headSha");
        requireNonNull(provider, "provider");
        requireNonNull(model, "model");
        requireNonNull(usage, "usage");
        requireNonNull(cost, "cost");
        requireNonNull(wallTime, "wallTime");
        if (wallTime.isNegative()) {
            throw new IllegalArgumentException("wallTime cannot be negative, was " + wallTime);
        }
    }
}
