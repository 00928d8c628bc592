package dev.gooseci.recipe;

import static java.util.Objects.requireNonNull;

import dev.gooseci.agent.AgentResult;
import dev.gooseci.agent.FinalOutput;
import dev.gooseci.agent.SchemaFinalOutput;
import dev.gooseci.agent.StopReason;
import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.policy.Fence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Runs a recipe: turns it into a {@link RecipePlan} for the agent loop, runs the loop, then runs the recipe's retry
 * checks. When a check fails and retries remain, {@code on_failure} runs, and the loop runs again on the same
 * conversation with a message saying which check failed and what it printed. The loop itself is a function, so that
 * hosts wire the real one and tests a scripted one.
 */
public final class RecipeRunner {

    /** Runs the agent loop once: {@code system} as the system prompt, {@code start} as the conversation so far. */
    @FunctionalInterface
    public interface Loop {
        AgentResult run(String system, Conversation start);
    }

    /** Hears about retries, for the audit log and progress output. */
    @FunctionalInterface
    public interface RetryListener {
        RetryListener NONE = (attempt, failed) -> {};

        /** Attempt {@code attempt} failed {@code failed}, and the recipe runs again. */
        void onRetry(int attempt, CheckResult failed);

        /** {@code on_failure} ran after attempt {@code attempt}. */
        default void onFailureCommand(int attempt, CheckResult result) {}
    }

    private final CheckRunner checks;
    private final UnaryOperator<String> redactor;
    private final Fence fence;

    /**
     * @param workspace where the checks run
     * @param env the checks' whole environment: pass the filtered one, never the CI's own
     * @param redactor masks secrets in check output before the model sees it (pass {@code SecretRedactor::redact})
     */
    public RecipeRunner(Path workspace, Map<String, String> env, UnaryOperator<String> redactor) {
        this.checks = new CheckRunner(requireNonNull(workspace, "workspace"), requireNonNull(env, "env"));
        this.redactor = requireNonNull(redactor, "redactor");
        this.fence = new Fence();
    }

    /** What the loop needs for {@code recipe}, with {@code hints} (see {@link Hints}) after its instructions. */
    public RecipePlan plan(Recipe recipe, String hints) {
        boolean hasPrompt = !recipe.prompt().isBlank();
        List<String> system = new ArrayList<>();
        if (hasPrompt && !recipe.instructions().isBlank()) {
            system.add(recipe.instructions().strip());
        }
        if (!hints.isBlank()) {
            system.add("# Repository hints\n\n" + hints.strip());
        }
        Optional<FinalOutput> finalOutput = recipe.responseSchema().map(SchemaFinalOutput::of);
        return new RecipePlan(
                recipe,
                String.join("\n\n", system),
                hasPrompt ? recipe.prompt().strip() : recipe.instructions().strip(),
                recipe.allowedTools(),
                recipe.settings().asSettingOverrides(),
                recipe.settings().temperature(),
                finalOutput);
    }

    /** Runs {@code plan} with {@code loop}, then its checks, retrying as the recipe says. */
    public RecipeResult run(RecipePlan plan, Loop loop, RetryListener listener) {
        Conversation start = Conversation.of(Message.user(plan.firstMessage()));
        Optional<RetryConfig> retry = plan.recipe().retry();
        for (int attempt = 1; ; attempt++) {
            AgentResult result = loop.run(plan.systemPrompt(), start);
            if (retry.isEmpty()) {
                return new RecipeResult(result, attempt, List.of(), true);
            }
            if (result.stopReason() instanceof StopReason.ProviderFailed
                    || result.stopReason() instanceof StopReason.Cancelled) {
                return new RecipeResult(result, attempt, List.of(), false);
            }
            List<CheckResult> results = new ArrayList<>();
            for (String command : retry.get().checks()) {
                results.add(checks.run(command, retry.get().timeout()));
            }
            Optional<CheckResult> failed =
                    results.stream().filter(check -> !check.passed()).findFirst();
            if (failed.isEmpty()) {
                return new RecipeResult(result, attempt, results, true);
            }
            if (retry.get().onFailure().isPresent()) {
                listener.onFailureCommand(
                        attempt,
                        checks.run(retry.get().onFailure().get(), retry.get().onFailureTimeout()));
            }
            if (attempt > retry.get().maxRetries()) {
                return new RecipeResult(result, attempt, results, false);
            }
            listener.onRetry(attempt, failed.get());
            start = result.conversation().append(Message.user(retryMessage(failed.get())));
        }
    }

    private String retryMessage(CheckResult failed) {
        return "The task is not done yet: the check " + redactor.apply(failed.describe())
                + ". Fix the cause, then finish again. Its output:\n"
                + fence.wrap("check-output", redactor.apply(failed.output()));
    }
}
