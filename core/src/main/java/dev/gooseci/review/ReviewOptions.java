package dev.gooseci.review;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to review.
 *
 * @param workspace a directory inside the repository's working tree
 * @param base the revision to compare with; empty for the merge base with the remote default branch
 * @param head the revision under review (ignored with {@code workingTree})
 * @param workingTree review the files on disk against the base, uncommitted and untracked files included
 * @param fork the change comes from a fork: read hints, checks, {@code .gooseignore} and config from the base commit
 * @param shard review only this share of the units; empty for all
 * @param tokenBudget estimated tokens of diff per unit
 */
public record ReviewOptions(
        Path workspace,
        Optional<String> base,
        String head,
        boolean workingTree,
        boolean fork,
        Optional<Shard> shard,
        int tokenBudget) {

    public ReviewOptions {
        requireNonNull(workspace, "workspace");
        requireNonNull(base, "base");
        requireNonNull(head, "head");
        requireNonNull(shard, "shard");
        if (tokenBudget < 1) {
            throw new IllegalArgumentException("the token budget per unit must be >= 1, got " + tokenBudget);
        }
    }
}
