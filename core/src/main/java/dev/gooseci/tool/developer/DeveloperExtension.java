package dev.gooseci.tool.developer;

import static java.util.Objects.requireNonNull;

import dev.gooseci.policy.CommandPolicy;
import dev.gooseci.policy.PathSandbox;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.tool.Extension;
import dev.gooseci.tool.Tool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in {@code developer} extension: {@code read_file}, {@code list_files}, {@code search},
 * {@code write_file}, {@code edit_file} and, only when a {@link CommandPolicy} is given, {@code shell}. A review
 * runs without shell; test generation gets one limited to its build commands.
 *
 * <p>Every path goes through the {@link PathSandbox}, which also carries the run's write globs (for test generation
 * {@code src/test/java/**}). The tools check the sandbox and the command policy themselves, in addition to the
 * agent's gate, so they stay safe wherever they are wired. When a {@link SecretRedactor} is given, every result is
 * redacted before it goes to the model.
 */
public final class DeveloperExtension implements Extension {
    public static final String NAME = "developer";

    private final List<Tool> tools;

    private DeveloperExtension(Builder builder) {
        Optional<SecretRedactor> redactor = Optional.ofNullable(builder.redactor);
        WorkspaceWalker walker = new WorkspaceWalker(builder.sandbox);
        List<Tool> list = new ArrayList<>(List.of(
                new ReadFileTool(builder.sandbox, redactor),
                new ListFilesTool(walker, redactor),
                new SearchTool(walker, redactor),
                new WriteFileTool(builder.sandbox, redactor),
                new EditFileTool(builder.sandbox, redactor)));
        if (builder.commands != null) {
            list.add(new ShellTool(
                    builder.sandbox,
                    builder.commands,
                    builder.environment,
                    builder.defaultTimeout,
                    builder.maxTimeout,
                    builder.outputCap,
                    redactor));
        }
        this.tools = List.copyOf(list);
    }

    /** Starts an extension over the workspace of {@code sandbox}, without shell until {@link Builder#shell} is set. */
    public static Builder builder(PathSandbox sandbox) {
        return new Builder(sandbox);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Tool> tools() {
        return tools;
    }

    /** Settings of the extension; only the sandbox is required. */
    public static final class Builder {
        /** Default time a shell command may run when the model names none. */
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
        /** Default shell output kept, half from its start and half from its end. */
        public static final int DEFAULT_OUTPUT_CAP = 32 * 1024;

        private final PathSandbox sandbox;
        private CommandPolicy commands;
        private Map<String, String> environment = Map.of();
        private Duration defaultTimeout = DEFAULT_TIMEOUT;
        private Duration maxTimeout = Duration.ofMinutes(10);
        private int outputCap = DEFAULT_OUTPUT_CAP;
        private SecretRedactor redactor;

        private Builder(PathSandbox sandbox) {
            this.sandbox = requireNonNull(sandbox, "sandbox");
        }

        /**
         * Offers the {@code shell} tool.
         *
         * @param commands which command lines may run
         * @param environment the complete environment of each command, already filtered by
         *     {@link dev.gooseci.policy.EnvFilter}; the JVM's own environment is never passed on
         */
        public Builder shell(CommandPolicy commands, Map<String, String> environment) {
            this.commands = requireNonNull(commands, "commands");
            this.environment = Map.copyOf(requireNonNull(environment, "environment"));
            return this;
        }

        /**
         * @param defaultTimeout used when the model gives no {@code timeout_seconds}
         * @param maxTimeout the most the model may ask for
         */
        public Builder shellTimeouts(Duration defaultTimeout, Duration maxTimeout) {
            requireNonNull(defaultTimeout, "defaultTimeout");
            requireNonNull(maxTimeout, "maxTimeout");
            if (defaultTimeout.toSeconds() < 1 || maxTimeout.compareTo(defaultTimeout) < 0) {
                throw new IllegalArgumentException("shell timeouts must be at least 1 s with the default ("
                        + defaultTimeout + ") not above the maximum (" + maxTimeout + ")");
            }
            this.defaultTimeout = defaultTimeout;
            this.maxTimeout = maxTimeout;
            return this;
        }

        /** @param bytes the most shell output kept per command, at least 1024 */
        public Builder shellOutputCap(int bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("the shell output cap must be at least 1024 bytes, was " + bytes);
            }
            this.outputCap = bytes;
            return this;
        }

        /** Redacts every tool result with {@code redactor} before the model sees it. */
        public Builder redactor(SecretRedactor redactor) {
            this.redactor = requireNonNull(redactor, "redactor");
            return this;
        }

        public DeveloperExtension build() {
            return new DeveloperExtension(this);
        }
    }
}
