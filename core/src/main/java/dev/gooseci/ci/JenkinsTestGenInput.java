package dev.gooseci.ci;

import java.io.Serializable;

/**
 * The parameters of the {@code gooseGenerateTests} Pipeline step as Jenkins binds them: every text may be null or
 * blank for "not set", and this record turns both into the empty string. It is {@link Serializable} because the step
 * sends it to the agent, which plans again there.
 *
 * @param provider the provider name; empty for the global default
 * @param model the model name; empty for the global default (with the global provider only)
 * @param credentialsId a secret text credential holding the provider's API key
 * @param pushCredentialsId a secret text credential holding a token that may push to the repository
 * @param targets classes to test instead of the changed ones, fully qualified, separated by commas or spaces
 * @param maxCost the most the agent may spend on one target, in US dollars
 * @param config extra settings, one {@code dotted.key=value} per line, as in {@code .goose/config.yaml}
 * @param commit where the kept tests go: {@code none} (default: the workspace only), {@code branch} (the change's
 *     branch), {@code pull-request} (a follow-up branch) or {@code auto} (branch, or follow-up for a fork)
 * @param onNoTests the build result when no test is kept: {@code success} (default), {@code unstable} or
 *     {@code failure}
 */
public record JenkinsTestGenInput(
        String provider,
        String model,
        String credentialsId,
        String pushCredentialsId,
        String targets,
        String maxCost,
        String config,
        String commit,
        String onNoTests)
        implements Serializable {

    public JenkinsTestGenInput {
        provider = StepValues.clean(provider);
        model = StepValues.clean(model);
        credentialsId = StepValues.clean(credentialsId);
        pushCredentialsId = StepValues.clean(pushCredentialsId);
        targets = StepValues.clean(targets);
        maxCost = StepValues.clean(maxCost);
        config = config == null ? "" : config;
        commit = StepValues.clean(commit);
        onNoTests = StepValues.clean(onNoTests);
    }
}
