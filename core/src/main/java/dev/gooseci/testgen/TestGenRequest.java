package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One test generation run as every host asks for it: the command line and the Maven goal each fill this from their
 * own inputs and hand it to {@link TestGenJob}.
 *
 * @param workspace the root of the Maven project
 * @param base the revision the change starts from; empty for the merge base with the remote
 * @param targets classes to test instead of the changed ones, by their fully qualified names
 * @param replay play a recorded transcript instead of calling a model
 * @param maxCostUsd the most the agent may spend on one target; needs the model's prices
 * @param commit commit the kept tests under the bot identity
 * @param push the remote and branch to push that commit to; empty to keep it local
 * @param env the environment (keys, {@code GOOSE_PUSH_TOKEN})
 * @param flags settings given on the host's command line, by their configuration keys
 * @param baseCheck run the kept tests on the base commit too and label them (on unless the host turns it off)
 */
public record TestGenRequest(
        Path workspace,
        Optional<String> base,
        List<String> targets,
        Optional<Path> replay,
        Optional<BigDecimal> maxCostUsd,
        boolean commit,
        Optional<PushTarget> push,
        Map<String, String> env,
        Map<String, String> flags,
        boolean baseCheck) {

    public TestGenRequest {
        requireNonNull(workspace, "workspace");
        requireNonNull(base, "base");
        targets = List.copyOf(targets);
        requireNonNull(replay, "replay");
        requireNonNull(maxCostUsd, "maxCostUsd");
        requireNonNull(push, "push");
        env = Map.copyOf(env);
        flags = Map.copyOf(flags);
        if (maxCostUsd.isPresent() && maxCostUsd.get().signum() <= 0) {
            throw new IllegalArgumentException(
                    "the cost limit must be a positive amount of US dollars, got " + maxCostUsd.get());
        }
    }

    /** Where the commit of kept tests is pushed. */
    public record PushTarget(String remote, String branch) {
        public PushTarget {
            requireNonNull(remote, "remote");
            requireNonNull(branch, "branch");
        }
    }
}
