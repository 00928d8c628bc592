package dev.gooseci.jenkins;

import dev.gooseci.ci.JenkinsStepInput;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import jenkins.MasterToSlaveFileCallable;

/**
 * A step's core work, run on the agent that holds the workspace. It carries the step's parameters and the global
 * defaults (core records, so the agent plans again: the plan is a pure function of them, so it is the controller's
 * plan), the environment with the secrets, and the build log. Only strings come back: Jenkins' class filter refuses
 * classes of a library jar bundled in a plugin, such as goose-core's, on the way to the controller.
 *
 * @param <I> the step's parameters
 */
abstract class AgentWork<I extends Serializable> extends MasterToSlaveFileCallable<String[]> {
    private static final long serialVersionUID = 1L;

    private final I step;
    private final JenkinsStepInput defaults;
    private final HashMap<String, String> env;
    private final TaskListener listener;

    AgentWork(I step, JenkinsStepInput defaults, Map<String, String> env, TaskListener listener) {
        this.step = step;
        this.defaults = defaults;
        this.env = new HashMap<>(env);
        this.listener = listener;
    }

    @Override
    public final String[] invoke(File workspace, VirtualChannel channel) {
        PrintStream log = listener.getLogger();
        return run(workspace.toPath(), step, defaults, env, log::println);
    }

    /** Plans again and calls core; answers the outcome as strings. */
    abstract String[] run(
            Path workspace, I step, JenkinsStepInput defaults, Map<String, String> env, Consumer<String> lines);
}
