package dev.gooseci.jenkins;

import java.io.Serializable;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The parameters both Goose CI steps take: the model, its key, the cost limit and extra settings. Pipeline and the
 * Snippet Generator find the {@code @DataBoundSetter}s of a superclass too. The step is Serializable because its
 * execution keeps it, as warnings-ng's {@code RecordIssuesStep.Execution} does.
 */
public abstract class GooseStep extends Step implements Serializable {
    private static final long serialVersionUID = 1L;

    private String provider;
    private String model;
    private String credentialsId;
    private String maxCost;
    private String config;

    @DataBoundSetter
    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getProvider() {
        return provider;
    }

    @DataBoundSetter
    public void setModel(String model) {
        this.model = model;
    }

    public String getModel() {
        return model;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = credentialsId;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setMaxCost(String maxCost) {
        this.maxCost = maxCost;
    }

    public String getMaxCost() {
        return maxCost;
    }

    @DataBoundSetter
    public void setConfig(String config) {
        this.config = config;
    }

    public String getConfig() {
        return config;
    }
}
