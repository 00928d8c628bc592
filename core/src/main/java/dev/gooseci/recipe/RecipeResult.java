package dev.gooseci.recipe;

import static java.util.Objects.requireNonNull;

import dev.gooseci.agent.AgentResult;
import java.util.List;

/**
 * How a recipe run ended.
 *
 * @param agent the last attempt's result (conversation, stop reason, final output)
 * @param attempts agent runs made, 1 plus the retries
 * @param checks the last attempt's check results, in recipe order; empty when the recipe has none or they did not run
 * @param checksPassed whether every check of the last attempt passed (true when there are none)
 */
public record RecipeResult(AgentResult agent, int attempts, List<CheckResult> checks, boolean checksPassed) {
    public RecipeResult {
        requireNonNull(agent, "agent");
        checks = List.copyOf(checks);
    }

    /** The agent completed and every check passed. */
    public boolean succeeded() {
        return agent.completed() && checksPassed;
    }
}
