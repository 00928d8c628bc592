package dev.gooseci.jenkins;

import dev.gooseci.ci.JenkinsStepInput;
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
 * {@code gooseReview(provider: 'anthropic', credentialsId: 'anthropic-key', failOn: 'major', ...)}: reviews the change
 * in the workspace, writes the reports and publishes to the pull or merge request. Every parameter is optional; the
 * meaning of each is core's {@link JenkinsStepInput}.
 */
public class GooseReviewStep extends GooseStep {
    private static final long serialVersionUID = 1L;

    private String scmCredentialsId;
    private String failOn;
    private String formats;
    private String publish;
    private boolean unstableOnGate = true;

    @DataBoundConstructor
    public GooseReviewStep() {
        // every parameter is optional: Stapler and Pipeline set them through the setters
    }

    /** The step's parameters for core: the one place fields become settings. */
    JenkinsStepInput input() {
        return new JenkinsStepInput(
                getProvider(),
                getModel(),
                getCredentialsId(),
                scmCredentialsId,
                failOn,
                formats,
                publish,
                getMaxCost(),
                getConfig(),
                unstableOnGate);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new GooseReviewExecution(context, this);
    }

    @DataBoundSetter
    public void setScmCredentialsId(String scmCredentialsId) {
        this.scmCredentialsId = scmCredentialsId;
    }

    public String getScmCredentialsId() {
        return scmCredentialsId;
    }

    @DataBoundSetter
    public void setFailOn(String failOn) {
        this.failOn = failOn;
    }

    public String getFailOn() {
        return failOn;
    }

    @DataBoundSetter
    public void setFormats(String formats) {
        this.formats = formats;
    }

    public String getFormats() {
        return formats;
    }

    @DataBoundSetter
    public void setPublish(String publish) {
        this.publish = publish;
    }

    public String getPublish() {
        return publish;
    }

    @DataBoundSetter
    public void setUnstableOnGate(boolean unstableOnGate) {
        this.unstableOnGate = unstableOnGate;
    }

    public boolean isUnstableOnGate() {
        return unstableOnGate;
    }

    /** Registers the step under the name {@code gooseReview}; it needs a workspace, so it runs inside {@code node}. */
    @Extension
    @Symbol("gooseReview")
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "gooseReview";
        }

        @Override
        public String getDisplayName() {
            return "Review the change with Goose CI";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FilePath.class, EnvVars.class);
        }
    }
}
