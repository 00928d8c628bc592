package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where the kept tests of a change request go, and why. The decision is pure so every host (GitHub Action, GitLab job,
 * Jenkins step) lands tests the same way.
 *
 * <p>A follow-up goes to the stable branch {@code goose-ci/tests-for-<number>} and is force-pushed: the branch belongs
 * to the bot and always holds exactly one tests commit on top of the source branch's current head, so a re-run
 * replaces the previous run's commit instead of piling up branches or commits, and the open follow-up is reused. A
 * push to the author's source branch is never forced: when the branch moved since the run started the push is refused.
 *
 * @param kind what to do
 * @param branch the branch to push the tests commit to, for {@link Kind#PUSH} and {@link Kind#FOLLOW_UP}
 * @param force whether that push replaces the branch (only the bot's own follow-up branch)
 * @param reason one line for the job log and the report
 */
public record Landing(Kind kind, Optional<String> branch, boolean force, String reason) {
    /** The prefix of every branch Goose CI pushes; change requests from such a branch are never worked on again. */
    public static final String BRANCH_PREFIX = "goose-ci/";

    /** The label that skips test generation for a change request. */
    public static final String SKIP_LABEL = "goose:skip-tests";

    /** What to do with the run. */
    public enum Kind {
        /** Do not generate tests at all. */
        SKIP,
        /** Generate and report, but commit nothing. */
        NONE,
        /** Commit and push to the change request's source branch. */
        PUSH,
        /** Commit, push to {@link #followUpBranch} and open a change request against the source branch. */
        FOLLOW_UP
    }

    public Landing {
        requireNonNull(kind, "kind");
        requireNonNull(branch, "branch");
        requireNonNull(reason, "reason");
        if (branch.isPresent() != (kind == Kind.PUSH || kind == Kind.FOLLOW_UP)) {
            throw new IllegalArgumentException("a branch goes with PUSH and FOLLOW_UP only, got " + kind);
        }
    }

    /** The stable follow-up branch of change request {@code number}. */
    public static String followUpBranch(long number) {
        return BRANCH_PREFIX + "tests-for-" + number;
    }

    /** Decides where the tests of the change request described by {@code facts} go. */
    public static Landing decide(LandingFacts facts) {
        if (facts.labels().contains(SKIP_LABEL)) {
            return skip("the change request has the label " + SKIP_LABEL);
        }
        if (facts.sourceBranch().startsWith(BRANCH_PREFIX)) {
            return skip("the source branch " + facts.sourceBranch() + " is Goose CI's own follow-up branch");
        }
        if (facts.headByBot()) {
            return skip("the head commit " + facts.headSha() + " is Goose CI's own tests commit; a new run would only"
                    + " test the tests");
        }
        if (facts.mode() == LandingMode.OFF) {
            return new Landing(Kind.NONE, Optional.empty(), false, "landing is off; the tests are only reported");
        }
        if (facts.mode() == LandingMode.PUSH && !facts.fromFork()) {
            return new Landing(
                    Kind.PUSH,
                    Optional.of(facts.sourceBranch()),
                    false,
                    "pushing to the source branch " + facts.sourceBranch() + " at " + facts.headSha());
        }
        String why = facts.fromFork()
                ? "the source branch lives in a fork, which the token cannot push to"
                : "the configuration does not allow pushing to the source branch";
        return new Landing(
                Kind.FOLLOW_UP,
                Optional.of(followUpBranch(facts.number())),
                true,
                why + "; opening a follow-up against " + facts.sourceBranch() + " from "
                        + followUpBranch(facts.number()));
    }

    private static Landing skip(String reason) {
        return new Landing(Kind.SKIP, Optional.empty(), false, "skipped: " + reason);
    }
}
