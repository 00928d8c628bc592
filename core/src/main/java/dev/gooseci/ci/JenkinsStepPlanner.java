package dev.gooseci.ci;

import dev.gooseci.provider.ProviderCatalog;
import dev.gooseci.provider.ProviderInfo;
import dev.gooseci.report.Format;
import dev.gooseci.report.QualityGate;
import java.math.BigDecimal;
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
        String provider = step.provider().isEmpty() ? global.provider() : step.provider();
        String model = step.model().isEmpty() && provider.equals(global.provider()) ? global.model() : step.model();
        String keyId = step.credentialsId().isEmpty() && provider.equals(global.provider())
                ? global.credentialsId()
                : step.credentialsId();
        if (!keyId.isEmpty()) {
            credentials.add(new CredentialNeed(keyId, keyVariable(provider)));
        }
        Map<String, String> flags = new LinkedHashMap<>(configLines(step.config()));
        if (!provider.isEmpty()) {
            flags.put("provider", provider);
        }
        if (!model.isEmpty()) {
            flags.put("model", model);
        }
        String scmId = step.scmCredentialsId().isEmpty() ? global.scmCredentialsId() : step.scmCredentialsId();
        Optional<ChangeUrl> target = publishTarget(step.publish(), scmId, env, notes);
        target.ifPresent(change -> credentials.add(new CredentialNeed(scmId, tokenVariable(change.platform()))));
        return new JenkinsStepPlan(
                flags,
                QualityGate.parse(step.failOn().isEmpty() ? "none" : step.failOn()),
                Format.parseList(step.formats().isEmpty() ? DEFAULT_FORMATS : step.formats()),
                maxCost(step.maxCost()),
                target,
                step.unstableOnGate() ? BuildResult.UNSTABLE : BuildResult.FAILURE,
                credentials,
                notes,
                !env.getOrDefault("CHANGE_FORK", "").isBlank());
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

    private static Optional<BigDecimal> maxCost(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal cost = new BigDecimal(text);
            if (cost.signum() > 0) {
                return Optional.of(cost);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "maxCost must be a positive amount of US dollars such as 2.50, was '" + text + "'");
    }

    /** {@code dotted.key=value} lines; blank lines and {@code #} comments are skipped. */
    static Map<String, String> configLines(String config) {
        Map<String, String> flags = new LinkedHashMap<>();
        String[] lines = config.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("config line " + (i + 1) + " '" + line
                        + "' is not dotted.key=value, such as limits.max_turns=20");
            }
            flags.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return flags;
    }
}
