package dev.gooseci.jenkins;

import dev.gooseci.ci.JenkinsTestGenInput;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code gooseGenerateTests(provider: 'anthropic', credentialsId: 'anthropic-key', commit: 'auto', ...)}: writes unit
 * tests for the changed classes of the Maven project in the workspace, keeps only proven ones and, if asked, pushes
 * them. Every parameter is optional; the meaning of each is core's {@link JenkinsTestGenInput}. Returns the number of
 * kept tests.
 */
public class GooseGenerateTestsStep extends GooseStep {
    private static final long serialVersionUID = 1L;

    private String pushCredentialsId;
    private String targets;
    private String commit;
    private String onNoTests;

    @DataBoundConstructor
    public GooseGenerateTestsStep() {
        // every parameter is optional: Stapler and Pipeline set them through the setters
    }

    /** The step's parameters for core: the one place fields become settings. */
    JenkinsTestGenInput input() {
        return new JenkinsTestGenInput(
                getProvider(),
                getModel(),
                getCredentialsId(),
                pushCredentialsId,
                targets,
                getMaxCost(),
                getConfig(),
                commit,
                onNoTests);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new GooseGenerateTestsExecution(context, this);
    }

    @DataBoundSetter
    public void setPushCredentialsId(String pushCredentialsId) {
        this.pushCredentialsId = pushCredentialsId;
    }

    public String getPushCredentialsId() {
        return pushCredentialsId;
    }

    @DataBoundSetter
    public void setTargets(String targets) {
        this.targets = targets;
    }

    public String getTargets() {
        return targets;
    }

    @DataBoundSetter
    public void setCommit(String commit) {
        this.commit = commit;
    }

    public String getCommit() {
        return commit;
    }

    @DataBoundSetter
    public void setOnNoTests(String onNoTests) {
        this.onNoTests = onNoTests;
    }

    public String getOnNoTests() {
        return onNoTests;
    }

    /** Registers the step as {@code gooseGenerateTests}; it needs a workspace, so it runs inside {@code node}. */
    @Extension
    @Symbol("gooseGenerateTests")
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "gooseGenerateTests";
        }

        @Override
        public String getDisplayName() {
            return "Generate proven unit tests with Goose CI";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FilePath.class, EnvVars.class);
        }
    }
}
