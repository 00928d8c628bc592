package dev.gooseci.review;

/**
 * Watches a review: the console prints a progress line per unit here. Units finish in any order when they run in
 * parallel, so calls may come from several threads; implementations synchronise their output.
 */
@FunctionalInterface
public interface ReviewListener {

    ReviewListener NONE = (outcome, units) -> {};

    /** A unit's review ended (or was skipped); {@code units} is how many this job reviews. */
    void onUnit(UnitOutcome outcome, int units);
}
