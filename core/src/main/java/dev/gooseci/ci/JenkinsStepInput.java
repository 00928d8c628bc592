package dev.gooseci.ci;

import java.io.Serializable;

/**
 * The parameters of the {@code gooseReview} Pipeline step, or of the global configuration's defaults, as Jenkins
 * binds them: every text may be null or blank for "not set", and this record turns both into the empty string. It is
 * {@link Serializable} because the step sends it to the agent, which plans again there.
 *
 * @param provider the provider name, such as {@code anthropic}
 * @param model the model name
 * @param credentialsId a secret text credential holding the provider's API key
 * @param scmCredentialsId a secret text credential holding the GitHub or GitLab token to publish with
 * @param failOn the quality gate: {@code none} or a severity
 * @param formats report formats, comma-separated
 * @param publish {@code none}, {@code github}, {@code gitlab} or {@code auto}
 * @param maxCost the most the review may cost, in US dollars
 * @param config extra settings, one {@code dotted.key=value} per line, as in {@code .goose/config.yaml}
 * @param unstableOnGate whether a failed gate marks the build UNSTABLE (else FAILURE)
 */
public record JenkinsStepInput(
        String provider,
        String model,
        String credentialsId,
        String scmCredentialsId,
        String failOn,
        String formats,
        String publish,
        String maxCost,
        String config,
        boolean unstableOnGate)
        implements Serializable {

    public JenkinsStepInput {
        provider = StepValues.clean(provider);
        model = StepValues.clean(model);
        credentialsId = StepValues.clean(credentialsId);
        scmCredentialsId = StepValues.clean(scmCredentialsId);
        failOn = StepValues.clean(failOn);
        formats = StepValues.clean(formats);
        publish = StepValues.clean(publish);
        maxCost = StepValues.clean(maxCost);
        config = config == null ? "" : config;
    }

    /** The global configuration's defaults: provider, model and the two credentials. */
    public static JenkinsStepInput defaults(
            String provider, String model, String credentialsId, String scmCredentialsId) {
        return new JenkinsStepInput(provider, model, credentialsId, scmCredentialsId, "", "", "", "", "", true);
    }
}
