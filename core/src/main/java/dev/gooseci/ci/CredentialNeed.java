package dev.gooseci.ci;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A secret a step must look up before it runs, and the variable core reads it from: the provider's key or the SCM
 * token. Core's environment filter keeps such variables away from every tool process.
 *
 * @param credentialsId the id of a Jenkins "secret text" credential
 * @param variable the variable core reads it from, such as {@code OPENAI_API_KEY} or {@code GITHUB_TOKEN}
 */
public record CredentialNeed(String credentialsId, String variable) {
    public CredentialNeed {
        requireNonNull(credentialsId, "credentialsId");
        requireNonNull(variable, "variable");
    }

    /**
     * The environment core runs with: the build's variables plus each secret under its variable. Only the provider,
     * the SCM publisher and the push read those; the policy's environment filter keeps them from tools by their names.
     *
     * @param secrets the looked-up values, by credentials id
     * @throws IllegalArgumentException when a needed credential was not looked up
     */
    static Map<String, String> coreEnv(
            List<CredentialNeed> needs, Map<String, String> buildEnv, Map<String, String> secrets) {
        Map<String, String> env = new HashMap<>(buildEnv);
        for (CredentialNeed need : needs) {
            String value = secrets.get(need.credentialsId());
            if (value == null) {
                throw new IllegalArgumentException("credential '" + need.credentialsId() + "' for " + need.variable()
                        + " was not found; add it as a Secret text credential");
            }
            env.put(need.variable(), value);
        }
        return Map.copyOf(env);
    }
}
