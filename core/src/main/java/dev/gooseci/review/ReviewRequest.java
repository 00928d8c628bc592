package dev.gooseci.review;

import static java.util.Objects.requireNonNull;

import dev.gooseci.report.Format;
import dev.gooseci.report.QualityGate;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One review as every host asks for it: the command line, the Maven goal, the GitHub Action, the GitLab job and the
 * Jenkins step each fill this from their own inputs and hand it to {@link ReviewJob}.
 *
 * @param workspace a directory in the repository
 * @param base the revision to compare with; empty for the CI's base commit, else the merge base with origin's default
 * @param head the revision under review
 * @param workingTree review the files on disk instead of {@code head}
 * @param fork the change comes from a fork: hints, checks and config are read from the base commit
 * @param shard review only this shard and write its JSON for a merge job
 * @param formats the report files to write
 * @param outputDir where reports go; empty for {@code target/goose} in a Maven project, else {@code .goose-ci/review}
 * @param gate the quality gate
 * @param concurrency units reviewed at once
 * @param maxCostUsd the most the whole review may cost
 * @param dryRun print the plan and call no model
 * @param replay play a recorded transcript instead of calling a model
 * @param env the environment (keys, CI variables)
 * @param flags settings given on the host's command line, by their configuration keys
 */
public record ReviewRequest(
        Path workspace,
        Optional<String> base,
        String head,
        boolean workingTree,
        boolean fork,
        Optional<Shard> shard,
        Set<Format> formats,
        Optional<Path> outputDir,
        QualityGate gate,
        int concurrency,
        Optional<BigDecimal> maxCostUsd,
        boolean dryRun,
        Optional<Path> replay,
        Map<String, String> env,
        Map<String, String> flags) {

    public ReviewRequest {
        requireNonNull(workspace, "workspace");
        requireNonNull(base, "base");
        requireNonNull(head, "head");
        requireNonNull(shard, "shard");
        formats = Set.copyOf(formats);
        requireNonNull(outputDir, "outputDir");
        requireNonNull(gate, "gate");
        requireNonNull(maxCostUsd, "maxCostUsd");
        requireNonNull(replay, "replay");
        env = Map.copyOf(env);
        flags = Map.copyOf(flags);
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        }
        if (maxCostUsd.isPresent() && maxCostUsd.get().signum() <= 0) {
            throw new IllegalArgumentException(
                    "the cost limit must be a positive amount of US dollars, got " + maxCostUsd.get());
        }
    }
}
