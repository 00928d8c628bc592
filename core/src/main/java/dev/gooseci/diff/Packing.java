package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A change packed for review: the {@link ReviewUnit units} in priority order, and every file that none of them holds,
 * with its reason. Each file of the change is in at least one unit (several when it was split) or in {@link
 * #notReviewed()}, never in neither.
 *
 * @param budget the token budget per unit the packing was made for
 */
public record Packing(List<ReviewUnit> units, List<NotReviewed> notReviewed, int budget) {

    public Packing {
        units = List.copyOf(requireNonNull(units, "units"));
        notReviewed = List.copyOf(requireNonNull(notReviewed, "notReviewed"));
    }

    /** Whether there is nothing to review (the report still lists {@link #notReviewed()}). */
    public boolean isEmpty() {
        return units.isEmpty();
    }

    /** The estimated tokens of all units. */
    public long tokens() {
        return units.stream().mapToLong(ReviewUnit::tokens).sum();
    }

    /**
     * The units that CI job {@code k} of {@code n} reviews ({@code --shard k/n}, 1-based): round-robin by unit number,
     * so unit {@code u} goes to shard {@code ((u - 1) mod n) + 1}. Round-robin rather than cumulative tokens because
     * units are close to the budget in size, so shards come out even, and because every shard then gets some of the
     * highest-priority units instead of one shard getting all the source and another all the docs. The same change
     * packs the same way on every machine, so the shards together hold every unit exactly once.
     */
    public List<ReviewUnit> shard(int k, int n) {
        if (n < 1 || k < 1 || k > n) {
            throw new IllegalArgumentException(
                    "shard must be k/n with 1 <= k <= n (e.g. --shard 2/4), got " + k + "/" + n);
        }
        return units.stream().filter(u -> (u.number() - 1) % n == k - 1).toList();
    }
}
