package dev.gooseci.cli;

import dev.gooseci.agent.AgentListener;
import dev.gooseci.agent.AgentResult;
import dev.gooseci.agent.AuditingListener;
import dev.gooseci.agent.StopReason;
import dev.gooseci.audit.AuditLog;
import dev.gooseci.config.Settings;
import dev.gooseci.config.SettingsLoader;
import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.recipe.Hints;
import dev.gooseci.recipe.Recipe;
import dev.gooseci.recipe.RecipeLoader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code goose-ci run}: one agent task from text, a file, standard input or a recipe. */
@Command(
        name = "run",
        description = {
            "Run the agent on one task and print its answer.",
            "Give the task with exactly one of -t, -i or --recipe; a recipe's parameters come from --params."
        },
        footer = {
            "",
            "Tools: developer (read, list, search, write, edit, shell) inside the workspace, git when the workspace is"
                    + " a git checkout, and the MCP servers under 'extensions' in .goose/config.yaml. The permission"
                    + " mode, per-tool rules, shell allowlist and write globs come from the configuration (see README)."
        })
final class RunCommand implements Callable<Integer> {
    private final Map<String, String> env;
    private final InputStream stdin;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions models = new ModelOptions();

    @ArgGroup(multiplicity = "1")
    Input input;

    static final class Input {
        @Option(
                names = {"-t", "--text"},
                description = "The task, as text.")
        String text;

        @Option(
                names = {"-i", "--instructions"},
                paramLabel = "FILE",
                description = "Read the task from FILE, or '-' for standard input; it is scanned for prompt injection.")
        String file;

        @Option(
                names = "--recipe",
                paramLabel = "FILE",
                description = "Run a recipe (YAML or JSON): its instructions, prompt, extensions, allowed tools,"
                        + " settings (under the flags), response schema and retry checks.")
        Path recipe;
    }

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean help;

    @Option(
            names = "--params",
            paramLabel = "KEY=VALUE",
            description = "A recipe parameter; repeat for each. Only with --recipe.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--max-turns", description = "Stop after this many model calls (default 50).")
    Integer maxTurns;

    @Option(
            names = "--shell-allow",
            paramLabel = "LIST",
            description = "Commands the shell may run, comma-separated, such as 'cat,git diff' (setting shell.allow).")
    String shellAllow;

    @Option(names = "--no-shell", description = "Do not offer the shell tool (setting shell.enabled).")
    boolean noShell;

    @Option(
            names = "--write",
            paramLabel = "GLOBS",
            description = "Where the tools may write, comma-separated globs such as 'src/test/**' (setting"
                    + " developer.write; default anywhere but protected files).")
    String write;

    @Option(
            names = "--output-format",
            defaultValue = "text",
            converter = OutputFormatConverter.class,
            description = "text, json or stream-json (default text).")
    OutputFormat outputFormat;

    @Option(
            names = "--record",
            paramLabel = "FILE",
            description = "Record every model exchange to FILE (JSON Lines, redacted).")
    Path record;

    @Option(
            names = "--audit",
            paramLabel = "FILE",
            description = "Append the audit log (JSON Lines, redacted: turns, policy decisions, tool calls, retries,"
                    + " injection warnings, the stop) to FILE.")
    Path audit;

    @Option(
            names = {"-w", "--workspace"},
            defaultValue = ".",
            description = "The directory the agent works in (default: the current one).")
    Path workspace;

    @Option(names = "--stream", description = "Stream replies as they arrive.")
    boolean stream;

    RunCommand(Map<String, String> env, InputStream stdin) {
        this.env = env;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        if (!params.isEmpty() && input.recipe == null) {
            throw new IllegalArgumentException("--params sets recipe parameters; use it with --recipe FILE");
        }
        Path root = workspace.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("workspace " + root + " is not a directory; pass --workspace DIR");
        }
        Optional<Recipe> recipe = Optional.ofNullable(input.recipe)
                .map(file -> new RecipeLoader(Path.of("").toAbsolutePath()).load(file, params));
        Map<String, String> layers = new LinkedHashMap<>();
        recipe.ifPresent(r -> layers.putAll(r.settings().asSettingOverrides()));
        layers.putAll(flags());
        Settings settings = SettingsLoader.load(env, root, layers);
        SecretRedactor redactor = AgentSession.redactor(settings, env);
        PrintWriter err = spec.commandLine().getErr();
        RunOutput output = new RunOutput(outputFormat, spec.commandLine().getOut(), redactor);
        try (AuditLog log = audit == null ? null : AuditLog.open(audit, redactor::redact)) {
            List<AgentListener> listeners = new ArrayList<>(List.of(output));
            if (log != null) {
                listeners.add(new AuditingListener(log));
            }
            UntrustedInput untrusted = new UntrustedInput(err, Optional.ofNullable(log), redactor);
            RunTools tools = new RunTools(settings, env, root);
            String hints = Hints.fromWorkingTree().collect(root);
            AgentListener listener = TeeListener.of(listeners);
            if (recipe.isPresent()) {
                return new RecipeRun(
                                recipe.get(),
                                tools,
                                SessionOptions.of(models.replay().orElse(null), record, stream),
                                Optional.ofNullable(log),
                                err)
                        .run(settings, env, hints, redactor, listener, output, untrusted);
            }
            String task = TaskInput.read(input.text, input.file, stdin, untrusted);
            try (AgentSession session = AgentSession.open(
                    settings,
                    env,
                    tools,
                    SessionOptions.of(models.replay().orElse(null), record, stream),
                    redactor,
                    listener,
                    err)) {
                String system = AgentSession.systemPrompt(hints.isBlank() ? "" : "# Repository hints\n\n" + hints);
                AgentResult result = session.loop().run(session.model(), system, Conversation.of(Message.user(task)));
                output.finish(result, session);
                return exitCode(result, err);
            }
        }
    }

    /** The exit code of a finished agent run, saying on {@code err} why it did not complete. */
    static int exitCode(AgentResult result, PrintWriter err) {
        if (result.stopReason() instanceof StopReason.ProviderFailed
                || result.stopReason() instanceof StopReason.FinalOutputInvalid) {
            err.println("goose-ci: " + result.stopReason().describe());
            return ExitCode.PROVIDER_ERROR.code();
        }
        if (!result.completed()) {
            err.println("goose-ci: " + result.stopReason().describe());
            return ExitCode.BUDGET_STOP.code();
        }
        return ExitCode.SUCCESS.code();
    }

    private Map<String, String> flags() {
        Map<String, String> flags = new LinkedHashMap<>();
        models.addTo(flags);
        if (maxTurns != null) {
            flags.put("limits.max_turns", maxTurns.toString());
        }
        if (shellAllow != null) {
            flags.put("shell.allow", shellAllow);
        }
        if (noShell) {
            flags.put("shell.enabled", "false");
        }
        if (write != null) {
            flags.put("developer.write", write);
        }
        return flags;
    }
}
