package dev.gooseci.review;

import static java.util.Objects.requireNonNull;

import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.NotReviewed;
import dev.gooseci.diff.Packing;
import dev.gooseci.diff.ReviewUnit;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A review before any model is called: the change, its packing, the units this job reviews, and the steering the
 * repository gave (hints and custom checks, from the base commit on a fork). {@code --dry-run} prints it.
 *
 * @param root the repository's working tree, which the tools see
 * @param units the units this job reviews: all of them, or one shard's
 * @param steeredBy where hints, checks and ignore rules were read from
 */
public record ReviewPlan(
        Path root,
        ChangeSet change,
        Packing packing,
        List<ReviewUnit> units,
        Optional<Shard> shard,
        String hints,
        List<CustomCheck> checks,
        String steeredBy) {

    public ReviewPlan {
        requireNonNull(root, "root");
        requireNonNull(change, "change");
        requireNonNull(packing, "packing");
        units = List.copyOf(units);
        requireNonNull(shard, "shard");
        requireNonNull(hints, "hints");
        checks = List.copyOf(checks);
        requireNonNull(steeredBy, "steeredBy");
    }

    /** The custom checks that run on {@code unit}. */
    public List<CustomCheck> checksFor(ReviewUnit unit) {
        return checks.stream().filter(c -> c.appliesTo(unit)).toList();
    }

    /**
     * The files this job reports as not reviewed: all of them, or on a shard only shard 1's copy, so that merged
     * shards list each file once.
     */
    public List<NotReviewed> notReviewed() {
        return shard.filter(s -> s.k() != 1).isPresent() ? List.of() : packing.notReviewed();
    }
}
