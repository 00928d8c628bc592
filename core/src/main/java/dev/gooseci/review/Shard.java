package dev.gooseci.review;

/**
 * One CI job's share of a review, {@code --shard k/n} (1-based): the units {@link dev.gooseci.diff.Packing#shard}
 * gives it. Every job packs the change the same way, so the shards together review every unit exactly once.
 */
public record Shard(int k, int n) {

    public Shard {
        if (n < 1 || k < 1 || k > n) {
            throw new IllegalArgumentException(
                    "shard must be k/n with 1 <= k <= n (e.g. --shard 2/4), got " + k + "/" + n);
        }
    }

    /** Reads {@code k/n}, such as {@code 2/4}. */
    public static Shard parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("shard must be k/n with 1 <= k <= n (e.g. --shard 2/4), got '" + text + "'");
    }

    /** {@code 2/4}. */
    public String describe() {
        return k + "/" + n;
    }
}
