package dev.gooseci.jenkins;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import dev.gooseci.ci.BuildResult;
import dev.gooseci.ci.CredentialNeed;
import hudson.AbortException;
import hudson.model.Result;
import hudson.model.Run;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/** What both steps' executions do on the controller around core: plan, look up secrets, set the build result. */
final class StepSupport {
    private StepSupport() {}

    /**
     * A decision of core's (the plan, the environment with the secrets): a wrong parameter or a missing credential
     * stops the step with core's message, which names what to change, instead of a stack trace.
     */
    static <P> P decide(Supplier<P> decision) throws AbortException {
        try {
            return decision.get();
        } catch (IllegalArgumentException e) {
            throw new AbortException("Goose CI: " + e.getMessage());
        }
    }

    /**
     * The values of the Secret text credentials the plan needs, by id, as the run may see them. A missing one is left
     * out: core's {@code coreEnv} then says which credential to add.
     */
    static Map<String, String> secrets(List<CredentialNeed> needs, Run<?, ?> run) {
        Map<String, String> secrets = new HashMap<>();
        for (CredentialNeed need : needs) {
            StringCredentials credential =
                    CredentialsProvider.findCredentialById(need.credentialsId(), StringCredentials.class, run);
            if (credential != null) {
                secrets.put(need.credentialsId(), credential.getSecret().getPlainText());
            }
        }
        return secrets;
    }

    /** Sets the build result; a FAILURE also fails the step, so that the Pipeline stops as for any failed step. */
    static void finish(Run<?, ?> run, BuildResult result, String failure) throws AbortException {
        if (result != BuildResult.SUCCESS) {
            run.setResult(Result.fromString(result.name()));
        }
        if (result == BuildResult.FAILURE) {
            throw new AbortException(failure);
        }
    }
}
