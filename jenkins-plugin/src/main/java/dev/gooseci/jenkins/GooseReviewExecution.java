package dev.gooseci.jenkins;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import dev.gooseci.ci.BuildResult;
import dev.gooseci.ci.CredentialNeed;
import dev.gooseci.ci.JenkinsStepInput;
import dev.gooseci.ci.JenkinsStepPlan;
import dev.gooseci.ci.JenkinsStepPlanner;
import dev.gooseci.provider.ProviderCatalog;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.HashMap;
import java.util.Map;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Plans on the controller (core decides), looks up the credentials the plan names, runs the review on the agent and
 * sets the build result. A FAILURE also fails the step, so that the Pipeline stops as it does for any failed step.
 */
class GooseReviewExecution extends SynchronousNonBlockingStepExecution<Void> {
    private static final long serialVersionUID = 1L;

    /** The step itself, which is Serializable, as warnings-ng's RecordIssuesStep.Execution keeps it. */
    private final GooseReviewStep step;

    GooseReviewExecution(StepContext context, GooseReviewStep step) {
        super(context);
        this.step = step;
    }

    @Override
    protected Void run() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        TaskListener listener = getContext().get(TaskListener.class);
        FilePath workspace = getContext().get(FilePath.class);
        Map<String, String> buildEnv = new HashMap<>(getContext().get(EnvVars.class));
        JenkinsStepInput input = step.input();
        JenkinsStepInput defaults = GooseGlobalConfiguration.get().defaults();
        JenkinsStepPlan plan = new JenkinsStepPlanner(ProviderCatalog.load()).plan(input, defaults, buildEnv);
        Map<String, String> secrets = new HashMap<>();
        for (CredentialNeed need : plan.credentials()) {
            StringCredentials credential =
                    CredentialsProvider.findCredentialById(need.credentialsId(), StringCredentials.class, run);
            if (credential != null) {
                secrets.put(need.credentialsId(), credential.getSecret().getPlainText());
            }
        }
        HashMap<String, String> coreEnv = new HashMap<>(plan.coreEnv(buildEnv, secrets));
        String result = workspace.act(new AgentReview(input, defaults, coreEnv, listener));
        BuildResult outcome = BuildResult.valueOf(result);
        if (outcome != BuildResult.SUCCESS) {
            run.setResult(Result.fromString(result));
        }
        if (outcome == BuildResult.FAILURE) {
            throw new AbortException("Goose CI: the review failed; see the lines above");
        }
        return null;
    }
}
