package dev.gooseci.ci;

import static java.util.Objects.requireNonNull;

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
}
