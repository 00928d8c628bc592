package dev.gooseci.jenkins;

import dev.gooseci.ci.JenkinsStepInput;
import dev.gooseci.ci.JenkinsStepPlanner;
import dev.gooseci.provider.ProviderCatalog;
import dev.gooseci.review.JenkinsReview;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.PrintStream;
import java.util.HashMap;
import jenkins.MasterToSlaveFileCallable;

/**
 * The review, run on the agent that holds the workspace: it re-plans there (the plan is a pure function of these
 * values, so it is the controller's plan) and calls core. Only strings cross the channel: the step's parameters, the
 * defaults and the environment with the secrets, and back the build result's name.
 */
class AgentReview extends MasterToSlaveFileCallable<String> {
    private static final long serialVersionUID = 1L;

    private final String[] step;
    private final String[] defaults;
    private final boolean unstableOnGate;
    private final HashMap<String, String> env;
    private final TaskListener listener;

    AgentReview(JenkinsStepInput step, JenkinsStepInput defaults, HashMap<String, String> env, TaskListener listener) {
        this.step = fields(step);
        this.defaults = fields(defaults);
        this.unstableOnGate = step.unstableOnGate();
        this.env = env;
        this.listener = listener;
    }

    @Override
    public String invoke(File workspace, VirtualChannel channel) {
        PrintStream log = listener.getLogger();
        JenkinsStepPlanner planner = new JenkinsStepPlanner(ProviderCatalog.load());
        return JenkinsReview.run(
                        workspace.toPath(),
                        planner.plan(input(step, unstableOnGate), input(defaults, true), env),
                        env,
                        log::println)
                .name();
    }

    private static String[] fields(JenkinsStepInput in) {
        return new String[] {
            in.provider(),
            in.model(),
            in.credentialsId(),
            in.scmCredentialsId(),
            in.failOn(),
            in.formats(),
            in.publish(),
            in.maxCost(),
            in.config()
        };
    }

    private static JenkinsStepInput input(String[] f, boolean unstableOnGate) {
        return new JenkinsStepInput(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], unstableOnGate);
    }
}
