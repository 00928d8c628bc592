package dev.gooseci.jenkins;

import dev.gooseci.ci.JenkinsStepInput;
import dev.gooseci.ci.JenkinsTestGenInput;
import dev.gooseci.ci.JenkinsTestGenPlanner;
import dev.gooseci.provider.ProviderCatalog;
import dev.gooseci.testgen.JenkinsTestGen;
import hudson.model.TaskListener;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/** Test generation on the agent: core's {@link JenkinsTestGen}; answers its outcome as strings. */
class AgentTestGen extends AgentWork<JenkinsTestGenInput> {
    private static final long serialVersionUID = 1L;

    AgentTestGen(JenkinsTestGenInput step, JenkinsStepInput defaults, Map<String, String> env, TaskListener listener) {
        super(step, defaults, env, listener);
    }

    @Override
    String[] run(
            Path workspace,
            JenkinsTestGenInput step,
            JenkinsStepInput defaults,
            Map<String, String> env,
            Consumer<String> lines) {
        JenkinsTestGenPlanner planner = new JenkinsTestGenPlanner(ProviderCatalog.load());
        return JenkinsTestGen.run(workspace, planner.plan(step, defaults, env), env, lines)
                .toStrings();
    }
}
