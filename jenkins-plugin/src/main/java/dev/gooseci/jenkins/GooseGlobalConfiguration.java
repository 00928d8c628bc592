package dev.gooseci.jenkins;

import dev.gooseci.ci.JenkinsStepInput;
import hudson.Extension;
import hudson.ExtensionList;
import jenkins.model.GlobalConfiguration;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Defaults for every {@code gooseReview} and {@code gooseGenerateTests} step: provider, model and the credentials that
 * go with them (the SCM token is the review's only; a push needs its own {@code pushCredentialsId}). Configuration
 * as Code reads and writes it through the setters, as {@code unclassified: gooseCi: provider: anthropic}.
 */
@Extension
@Symbol("gooseCi")
public class GooseGlobalConfiguration extends GlobalConfiguration {
    private String provider;
    private String model;
    private String credentialsId;
    private String scmCredentialsId;

    public GooseGlobalConfiguration() {
        load();
    }

    public static GooseGlobalConfiguration get() {
        return ExtensionList.lookupSingleton(GooseGlobalConfiguration.class);
    }

    /** The defaults as core reads them. */
    JenkinsStepInput defaults() {
        return JenkinsStepInput.defaults(provider, model, credentialsId, scmCredentialsId);
    }

    public String getProvider() {
        return provider;
    }

    @DataBoundSetter
    public void setProvider(String provider) {
        this.provider = provider;
        save();
    }

    public String getModel() {
        return model;
    }

    @DataBoundSetter
    public void setModel(String model) {
        this.model = model;
        save();
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = credentialsId;
        save();
    }

    public String getScmCredentialsId() {
        return scmCredentialsId;
    }

    @DataBoundSetter
    public void setScmCredentialsId(String scmCredentialsId) {
        this.scmCredentialsId = scmCredentialsId;
        save();
    }
}
