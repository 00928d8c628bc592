package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * What a host knows about a change request when it decides where the kept tests go. Hosts fill this from their own
 * API or CI variables; {@link Landing#decide} turns it into a decision without any I/O.
 *
 * @param fromFork the source branch lives in another repository or project than the target (a fork)
 * @param sourceBranch the change request's source branch
 * @param number the pull request number or merge request iid
 * @param headSha the commit the source branch points at, which the tests were generated for
 * @param labels the change request's labels
 * @param headByBot the head commit was made by {@link TestCommitter#BOT}, so it is Goose CI's own tests commit
 * @param mode what the host's configuration allows
 */
public record LandingFacts(
        boolean fromFork,
        String sourceBranch,
        long number,
        String headSha,
        Set<String> labels,
        boolean headByBot,
        LandingMode mode) {

    public LandingFacts {
        requireNonNull(sourceBranch, "sourceBranch");
        requireNonNull(headSha, "headSha");
        labels = Set.copyOf(requireNonNull(labels, "labels"));
        requireNonNull(mode, "mode");
        if (sourceBranch.isBlank()) {
            throw new IllegalArgumentException("the change request's source branch is blank");
        }
        if (number <= 0) {
            throw new IllegalArgumentException("a change request number is positive, was " + number);
        }
    }
}
