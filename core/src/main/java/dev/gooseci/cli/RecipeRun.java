package dev.gooseci.cli;

import dev.gooseci.agent.AgentListener;
import dev.gooseci.audit.AuditLog;
import dev.gooseci.config.Settings;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.recipe.AuditingRetryListener;
import dev.gooseci.recipe.CheckResult;
import dev.gooseci.recipe.Recipe;
import dev.gooseci.recipe.RecipePlan;
import dev.gooseci.recipe.RecipeResult;
import dev.gooseci.recipe.RecipeRunner;
import dev.gooseci.tool.developer.DeveloperExtension;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;

/**
 * {@code goose-ci run --recipe}: the recipe's instructions (and the hints) as the system prompt, its prompt as the
 * task, its MCP servers beside the configured ones, its allowed tools in front of the policy, its response schema as
 * the final output, and its retry checks after each attempt. Checks that still fail after the last retry fail the
 * run with exit code 1, as a quality gate does.
 */
final class RecipeRun {
    private final Recipe recipe;
    private final RunTools tools;
    private final SessionOptions options;
    private final Optional<AuditLog> log;
    private final PrintWriter err;

    RecipeRun(Recipe recipe, RunTools tools, SessionOptions options, Optional<AuditLog> log, PrintWriter err) {
        this.recipe = recipe;
        this.tools = tools;
        this.options = options;
        this.log = log;
        this.err = err;
    }

    int run(
            Settings settings,
            Map<String, String> env,
            String hints,
            SecretRedactor redactor,
            AgentListener listener,
            RunOutput output,
            UntrustedInput untrusted) {
        for (String builtin : recipe.builtinExtensions()) {
            if (!builtin.equals(DeveloperExtension.NAME) && !builtin.equals("git")) {
                err.println("goose-ci: warning: the recipe asks for the built-in extension '" + builtin
                        + "', which goose-ci does not have; its built-ins are developer and git");
            }
        }
        RecipeRunner runner = new RecipeRunner(tools.workspace(), tools.environment(), redactor::redact);
        RecipePlan plan = runner.plan(recipe, hints);
        untrusted.scan("recipe-prompt", plan.firstMessage());
        SessionOptions recipeOptions = options.withRecipe(plan);
        try (AgentSession session = AgentSession.open(settings, env, tools, recipeOptions, redactor, listener, err)) {
            RecipeResult result = runner.run(
                    plan,
                    (system, start) -> session.loop().run(session.model(), AgentSession.systemPrompt(system), start),
                    retryListener(redactor));
            output.finish(result, session);
            int code = RunCommand.exitCode(result.agent(), err);
            if (code != ExitCode.SUCCESS.code() || result.checksPassed()) {
                return code;
            }
            CheckResult failed = result.checks().stream()
                    .filter(check -> !check.passed())
                    .findFirst()
                    .orElseThrow();
            err.println("goose-ci: the recipe's check " + redactor.redact(failed.describe()) + " after "
                    + result.attempts() + (result.attempts() == 1 ? " attempt" : " attempts"));
            return ExitCode.GATE_FAILED.code();
        }
    }

    private RecipeRunner.RetryListener retryListener(SecretRedactor redactor) {
        Optional<AuditingRetryListener> audit = log.map(AuditingRetryListener::new);
        return new RecipeRunner.RetryListener() {
            @Override
            public void onRetry(int attempt, CheckResult failed) {
                err.println("goose-ci: the check " + redactor.redact(failed.describe()) + " after attempt " + attempt
                        + "; running the recipe again");
                audit.ifPresent(listener -> listener.onRetry(attempt, failed));
            }

            @Override
            public void onFailureCommand(int attempt, CheckResult result) {
                if (!result.passed()) {
                    err.println("goose-ci: warning: on_failure " + redactor.redact(result.describe())
                            + " after attempt " + attempt);
                }
            }
        };
    }
}
