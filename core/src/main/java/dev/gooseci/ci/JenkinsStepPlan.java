package dev.gooseci.ci;

import static java.util.Objects.requireNonNull;

import dev.gooseci.report.Format;
import dev.gooseci.report.QualityGate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the {@code gooseReview} step decides before it runs, made by {@link JenkinsStepPlanner} from the step's
 * parameters, the global defaults and the build's environment. The Jenkins step only looks up the credentials named
 * here and hands the plan to core on the agent, so every choice it makes is tested in core.
 *
 * @param flags settings by their configuration keys (provider, model and the {@code config} lines)
 * @param gate the quality gate
 * @param formats the report files to write; the Warnings NG readers need checkstyle and sarif
 * @param maxCostUsd the most the review may cost
 * @param publishTo the change request to publish to; empty for report files only
 * @param onGateFailure the build result when the gate fails
 * @param credentials the secrets to look up, with the variables core reads them from
 * @param notes what the step should tell the user about its choices (why it does not publish, say)
 * @param fork the change comes from a fork ({@code CHANGE_FORK} is set): config and hints are read from the base
 * @param replay a transcript to play instead of calling a model ({@code GOOSE_REPLAY}), relative to the workspace
 */
public record JenkinsStepPlan(
        Map<String, String> flags,
        QualityGate gate,
        Set<Format> formats,
        Optional<BigDecimal> maxCostUsd,
        Optional<ChangeUrl> publishTo,
        BuildResult onGateFailure,
        List<CredentialNeed> credentials,
        List<String> notes,
        boolean fork,
        Optional<String> replay) {

    public JenkinsStepPlan {
        flags = Map.copyOf(flags);
        requireNonNull(gate, "gate");
        formats = Set.copyOf(formats);
        requireNonNull(maxCostUsd, "maxCostUsd");
        requireNonNull(publishTo, "publishTo");
        requireNonNull(onGateFailure, "onGateFailure");
        credentials = List.copyOf(credentials);
        notes = List.copyOf(notes);
        requireNonNull(replay, "replay");
    }

    /**
     * The environment core runs with: the build's variables plus each secret under its variable. Only the provider
     * and the SCM publisher read those; the policy's environment filter keeps them from tools by their names.
     *
     * @param secrets the looked-up values, by credentials id
     * @throws IllegalArgumentException when a needed credential was not looked up
     */
    public Map<String, String> coreEnv(Map<String, String> buildEnv, Map<String, String> secrets) {
        return CredentialNeed.coreEnv(credentials, buildEnv, secrets);
    }
}
