package dev.gooseci.ci;

import dev.gooseci.provider.ProviderCatalog;
import dev.gooseci.provider.ProviderInfo;
import dev.gooseci.report.Format;
import dev.gooseci.report.QualityGate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides a {@link JenkinsStepPlan}. A setting on the step wins over the global default; the global credential goes
 * with the global provider only, so a step that picks another provider never sends it the wrong vendor's key.
 */
public final class JenkinsStepPlanner {
    /** What Warnings NG reads (checkstyle, sarif) and what users archive (markdown). */
    public static final String DEFAULT_FORMATS = "checkstyle,sarif,markdown";

    private final ProviderCatalog catalog;

    public JenkinsStepPlanner(ProviderCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @throws IllegalArgumentException naming the step parameter to change when one is wrong
     */
    public JenkinsStepPlan plan(JenkinsStepInput step, JenkinsStepInput global, Map<String, String> env) {
        List<String> notes = new ArrayList<>();
        List<CredentialNeed> credentials = new ArrayList<>();
        Map<String, String> flags =
                modelFlags(step.provider(), step.model(), step.credentialsId(), step.config(), global, credentials);
        String scmId = step.scmCredentialsId().isEmpty() ? global.scmCredentialsId() : step.scmCredentialsId();
        Optional<ChangeUrl> target = publishTarget(step.publish(), scmId, env, notes);
        target.ifPresent(change -> credentials.add(new CredentialNeed(scmId, tokenVariable(change.platform()))));
        return new JenkinsStepPlan(
                flags,
                QualityGate.parse(step.failOn().isEmpty() ? "none" : step.failOn()),
                Format.parseList(step.formats().isEmpty() ? DEFAULT_FORMATS : step.formats()),
                StepValues.maxCost(step.maxCost()),
                target,
                step.unstableOnGate() ? BuildResult.UNSTABLE : BuildResult.FAILURE,
                credentials,
                notes,
                StepValues.fork(env),
                StepValues.replay(env));
    }

    /**
     * The provider, the model and the {@code config} lines as settings; the provider key's credential, if any, joins
     * {@code credentials}. Shared by both steps, so that they pick provider, model and key the same way.
     */
    Map<String, String> modelFlags(
            String stepProvider,
            String stepModel,
            String stepKeyId,
            String config,
            JenkinsStepInput global,
            List<CredentialNeed> credentials) {
        String provider = stepProvider.isEmpty() ? global.provider() : stepProvider;
        String model = stepModel.isEmpty() && provider.equals(global.provider()) ? global.model() : stepModel;
        String keyId = stepKeyId.isEmpty() && provider.equals(global.provider()) ? global.credentialsId() : stepKeyId;
        if (!keyId.isEmpty()) {
            credentials.add(new CredentialNeed(keyId, keyVariable(provider)));
        }
        Map<String, String> flags = new LinkedHashMap<>(StepValues.configLines(config));
        if (!provider.isEmpty()) {
            flags.put("provider", provider);
        }
        if (!model.isEmpty()) {
            flags.put("model", model);
        }
        return flags;
    }

    /** The variable core's SCM publisher reads the token from. */
    public static String tokenVariable(ChangePlatform platform) {
        return platform == ChangePlatform.GITHUB ? "GITHUB_TOKEN" : "GITLAB_TOKEN";
    }

    private String keyVariable(String provider) {
        if (provider.isEmpty()) {
            throw new IllegalArgumentException(
                    "credentialsId is set but no provider is: set provider (on the step or in the global Goose CI"
                            + " configuration) to the vendor the key belongs to");
        }
        ProviderInfo info = catalog.require(provider);
        return info.keyVariable()
                .orElseThrow(() -> new IllegalArgumentException("provider " + provider
                        + " takes no API key: remove credentialsId, or pick a provider that needs one"));
    }

    private static Optional<ChangeUrl> publishTarget(
            String publish, String scmId, Map<String, String> env, List<String> notes) {
        String wanted = publish.isEmpty() ? "auto" : publish.toLowerCase(Locale.ROOT);
        if (wanted.equals("none")) {
            return Optional.empty();
        }
        if (!List.of("auto", "github", "gitlab").contains(wanted)) {
            throw new IllegalArgumentException(
                    "unknown publish value '" + publish + "': use none, github, gitlab or auto");
        }
        String changeUrl = env.getOrDefault("CHANGE_URL", "").strip();
        if (env.getOrDefault("CHANGE_ID", "").isBlank()) {
            notes.add("Not a pull or merge request build (no CHANGE_ID): writing report files only.");
            return Optional.empty();
        }
        Optional<ChangeUrl> change = ChangeUrl.parse(changeUrl);
        if (wanted.equals("auto")) {
            if (change.isEmpty()) {
                notes.add("CHANGE_URL '" + changeUrl + "' is no GitHub or GitLab change: writing report files only.");
                return Optional.empty();
            }
            if (scmId.isEmpty()) {
                notes.add("No scmCredentialsId: writing report files only; set it to publish to the "
                        + change.get().platform().name().toLowerCase(Locale.ROOT) + " change.");
                return Optional.empty();
            }
            return change;
        }
        ChangePlatform platform = wanted.equals("github") ? ChangePlatform.GITHUB : ChangePlatform.GITLAB;
        if (change.isEmpty() || change.get().platform() != platform) {
            throw new IllegalArgumentException("publish: " + wanted + ", but CHANGE_URL '" + changeUrl + "' is no "
                    + wanted + " change request: use publish: auto or none");
        }
        if (scmId.isEmpty()) {
            throw new IllegalArgumentException("publish: " + wanted + " needs scmCredentialsId, a Secret text"
                    + " credential holding a token that may comment on the change");
        }
        return change;
    }
}
