package dev.gooseci.review;

import static java.util.Objects.requireNonNull;

import dev.gooseci.agent.StopReason;
import dev.gooseci.report.ReviewReport;
import java.util.List;

/**
 * What a review produced: the report every format writes (placed, deduplicated findings; files not reviewed; usage,
 * cost and time; notes on incomplete units, suspected injections and dropped findings; the gate) and how each unit
 * went, in unit order.
 */
public record ReviewResult(ReviewReport report, List<UnitOutcome> units) {

    public ReviewResult {
        requireNonNull(report, "report");
        units = List.copyOf(units);
    }

    public boolean gatePassed() {
        return report.gatePassed();
    }

    /** Whether any unit's model calls failed for good, so that part of the change was not reviewed. */
    public boolean providerFailed() {
        return units.stream()
                .anyMatch(u -> u.stopReason()
                        .filter(r -> r instanceof StopReason.ProviderFailed)
                        .isPresent());
    }

    /** Whether any unit stopped early or never started. */
    public boolean incomplete() {
        return units.stream().anyMatch(u -> !u.completed());
    }
}
