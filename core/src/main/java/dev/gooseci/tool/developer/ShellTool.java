package dev.gooseci.tool.developer;

import dev.gooseci.policy.CommandPolicy;
import dev.gooseci.policy.Decision;
import dev.gooseci.policy.PathSandbox;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.tool.ToolResult;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code shell}: {@code bash -c COMMAND} in the workspace root. The command policy is checked here too, not only by
 * the agent's gate, so that the tool is safe wherever it is wired. A non-zero exit or a timeout is an error result
 * that still carries the output, which is what the model needs to fix the command.
 */
final class ShellTool extends DeveloperTool {
    private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"command\":{\"type\":\"string\"},"
            + "\"timeout_seconds\":{\"type\":\"integer\"}},\"required\":[\"command\"]}";

    private final PathSandbox sandbox;
    private final CommandPolicy policy;
    private final Map<String, String> environment;
    private final Duration defaultTimeout;
    private final Duration maxTimeout;
    private final int outputCap;

    ShellTool(
            PathSandbox sandbox,
            CommandPolicy policy,
            Map<String, String> environment,
            Duration defaultTimeout,
            Duration maxTimeout,
            int outputCap,
            Optional<SecretRedactor> redactor) {
        super(
                "shell",
                "Run a bash command in the workspace root; returns output and exit code.",
                SCHEMA,
                false,
                redactor);
        this.sandbox = sandbox;
        this.policy = policy;
        this.environment = Map.copyOf(environment);
        this.defaultTimeout = defaultTimeout;
        this.maxTimeout = maxTimeout;
        this.outputCap = outputCap;
    }

    @Override
    ToolResult run(Arguments arguments) throws IOException {
        String command = arguments.text("command");
        int maxSeconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxTimeout.toSeconds()));
        OptionalInt seconds = arguments.optionalInt("timeout_seconds", 1, maxSeconds);
        Duration timeout = seconds.isPresent() ? Duration.ofSeconds(seconds.getAsInt()) : defaultTimeout;
        Decision decision = policy.check(command).nonInteractive();
        if (!decision.isAllowed()) {
            return ToolResult.error("command refused: " + decision.reason());
        }
        ShellProcess.Outcome outcome;
        try {
            outcome = ShellProcess.run(List.of("bash", "-c", command), sandbox.root(), environment, timeout, outputCap);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ToolResult.error("the command was interrupted and killed");
        }
        StringBuilder text = new StringBuilder(outcome.output());
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        if (outcome.timedOut()) {
            text.append("[timed out after ")
                    .append(timeout.toSeconds())
                    .append(" s; killed the command and its child processes (")
                    .append(outcome.killed())
                    .append(" processes)]");
            return ToolResult.error(text.toString());
        }
        text.append("[exit code ").append(outcome.exitCode()).append(']');
        return outcome.exitCode() == 0 ? ToolResult.ok(text.toString()) : ToolResult.error(text.toString());
    }
}
