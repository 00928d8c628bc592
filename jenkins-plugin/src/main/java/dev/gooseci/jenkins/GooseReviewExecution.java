package dev.gooseci.jenkins;

import dev.gooseci.ci.BuildResult;
import dev.gooseci.ci.JenkinsStepInput;
import dev.gooseci.ci.JenkinsStepPlan;
import dev.gooseci.ci.JenkinsStepPlanner;
import dev.gooseci.provider.ProviderCatalog;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.HashMap;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Plans on the controller (core decides), looks up the credentials the plan names, runs the review on the agent and
 * sets the build result.
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
        JenkinsStepPlan plan = StepSupport.decide(
                () -> new JenkinsStepPlanner(ProviderCatalog.load()).plan(input, defaults, buildEnv));
        Map<String, String> secrets = StepSupport.secrets(plan.credentials(), run);
        Map<String, String> coreEnv = StepSupport.decide(() -> plan.coreEnv(buildEnv, secrets));
        String[] result = workspace.act(new AgentReview(input, defaults, coreEnv, listener));
        StepSupport.finish(run, BuildResult.valueOf(result[0]), "Goose CI: the review failed; see the lines above");
        return null;
    }
}
