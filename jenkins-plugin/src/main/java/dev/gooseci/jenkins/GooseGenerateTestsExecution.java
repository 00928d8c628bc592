package dev.gooseci.jenkins;

import dev.gooseci.ci.JenkinsStepInput;
import dev.gooseci.ci.JenkinsTestGenInput;
import dev.gooseci.ci.JenkinsTestGenOutcome;
import dev.gooseci.ci.JenkinsTestGenPlan;
import dev.gooseci.ci.JenkinsTestGenPlanner;
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
 * Plans on the controller (core decides), looks up the API key and the push token the plan names, generates the tests
 * on the agent and sets the build result. The step returns the number of kept tests, so that a Pipeline can act on it.
 */
class GooseGenerateTestsExecution extends SynchronousNonBlockingStepExecution<Integer> {
    private static final long serialVersionUID = 1L;

    private final GooseGenerateTestsStep step;

    GooseGenerateTestsExecution(StepContext context, GooseGenerateTestsStep step) {
        super(context);
        this.step = step;
    }

    @Override
    protected Integer run() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        TaskListener listener = getContext().get(TaskListener.class);
        FilePath workspace = getContext().get(FilePath.class);
        Map<String, String> buildEnv = new HashMap<>(getContext().get(EnvVars.class));
        JenkinsTestGenInput input = step.input();
        JenkinsStepInput defaults = GooseGlobalConfiguration.get().defaults();
        JenkinsTestGenPlan plan = StepSupport.decide(
                () -> new JenkinsTestGenPlanner(ProviderCatalog.load()).plan(input, defaults, buildEnv));
        Map<String, String> secrets = StepSupport.secrets(plan.credentials(), run);
        Map<String, String> coreEnv = StepSupport.decide(() -> plan.coreEnv(buildEnv, secrets));
        JenkinsTestGenOutcome outcome =
                JenkinsTestGenOutcome.fromStrings(workspace.act(new AgentTestGen(input, defaults, coreEnv, listener)));
        StepSupport.finish(run, outcome.result(), "Goose CI: test generation failed: " + outcome.summary());
        return outcome.kept();
    }
}
