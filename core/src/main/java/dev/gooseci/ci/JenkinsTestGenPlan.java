package dev.gooseci.ci;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the {@code gooseGenerateTests} step decides before it runs, made by {@link JenkinsTestGenPlanner}. The
 * Jenkins step only looks up the credentials named here and hands the plan to core on the agent.
 *
 * @param flags settings by their configuration keys (provider, model and the {@code config} lines)
 * @param targets classes to test instead of the changed ones; empty for the changed ones
 * @param base the revision the change starts from ({@code origin/<CHANGE_TARGET>} on a change request build); empty
 *     for the merge base with the remote's default branch
 * @param maxCostUsd the most the agent may spend on one target
 * @param replay a transcript to play instead of calling a model ({@code GOOSE_REPLAY}), relative to the workspace
 * @param commit commit the kept tests under the bot identity
 * @param pushBranch the branch of {@link #REMOTE} to push that commit to; empty to keep it in the workspace
 * @param followUpInto when {@code pushBranch} is a new branch for a follow-up pull request, not the change's own:
 *     the branch that pull request should go into
 * @param onNoTests the build result when no test is kept
 * @param credentials the secrets to look up, with the variables core reads them from
 * @param notes what the step should tell the user about its choices
 */
public record JenkinsTestGenPlan(
        Map<String, String> flags,
        List<String> targets,
        Optional<String> base,
        Optional<BigDecimal> maxCostUsd,
        Optional<String> replay,
        boolean commit,
        Optional<String> pushBranch,
        Optional<String> followUpInto,
        BuildResult onNoTests,
        List<CredentialNeed> credentials,
        List<String> notes) {

    /** The remote the Jenkins git plugin names the repository it checked out from. */
    public static final String REMOTE = "origin";

    public JenkinsTestGenPlan {
        flags = Map.copyOf(flags);
        targets = List.copyOf(targets);
        requireNonNull(base, "base");
        requireNonNull(maxCostUsd, "maxCostUsd");
        requireNonNull(replay, "replay");
        requireNonNull(pushBranch, "pushBranch");
        requireNonNull(followUpInto, "followUpInto");
        requireNonNull(onNoTests, "onNoTests");
        credentials = List.copyOf(credentials);
        notes = List.copyOf(notes);
        if (pushBranch.isPresent() && !commit) {
            throw new IllegalArgumentException("a push needs a commit: set commit when pushBranch is set");
        }
    }

    /**
     * The environment core runs with: the build's variables plus each secret under its variable
     * ({@code GOOSE_PUSH_TOKEN} for the push). The policy's environment filter keeps them from the build and tools.
     *
     * @param secrets the looked-up values, by credentials id
     * @throws IllegalArgumentException when a needed credential was not looked up
     */
    public Map<String, String> coreEnv(Map<String, String> buildEnv, Map<String, String> secrets) {
        return CredentialNeed.coreEnv(credentials, buildEnv, secrets);
    }
}
