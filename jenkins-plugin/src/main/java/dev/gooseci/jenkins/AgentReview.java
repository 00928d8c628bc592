package dev.gooseci.jenkins;

import dev.gooseci.ci.JenkinsStepInput;
import dev.gooseci.ci.JenkinsStepPlanner;
import dev.gooseci.provider.ProviderCatalog;
import dev.gooseci.review.JenkinsReview;
import hudson.model.TaskListener;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/** The review on the agent: core's {@link JenkinsReview}; answers the build result's name. */
class AgentReview extends AgentWork<JenkinsStepInput> {
    private static final long serialVersionUID = 2L;

    AgentReview(JenkinsStepInput step, JenkinsStepInput defaults, Map<String, String> env, TaskListener listener) {
        super(step, defaults, env, listener);
    }

    @Override
    String[] run(
            Path workspace,
            JenkinsStepInput step,
            JenkinsStepInput defaults,
            Map<String, String> env,
            Consumer<String> lines) {
        JenkinsStepPlanner planner = new JenkinsStepPlanner(ProviderCatalog.load());
        return new String[] {
            JenkinsReview.run(workspace, planner.plan(step, defaults, env), env, lines)
                    .name()
        };
    }
}
