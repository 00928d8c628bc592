package dev.gooseci.cli;

import dev.gooseci.agent.AgentLoop;
import dev.gooseci.agent.AgentResult;
import dev.gooseci.agent.StopReason;
import dev.gooseci.config.Settings;
import dev.gooseci.config.SettingsLoader;
import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.policy.SecretRedactor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code goose-ci run}: one agent task from text, a file or standard input. */
@Command(name = "run", description = "Run the agent on one task and print its answer.")
final class RunCommand implements Callable<Integer> {
    private final Map<String, String> env;
    private final InputStream stdin;

    @Spec
    CommandSpec spec;

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
                description = "Read the task from FILE, or '-' for standard input.")
        String file;
    }

    @Option(
            names = "--provider",
            description = "Provider name (see 'goose-ci providers'); default GOOSE_PROVIDER or ollama.")
    String provider;

    @Option(names = "--model", description = "Model name; default GOOSE_MODEL or the provider's default.")
    String model;

    @Option(names = "--max-turns", description = "Stop after this many model calls (default 50).")
    Integer maxTurns;

    @Option(
            names = "--output-format",
            defaultValue = "text",
            converter = OutputFormatConverter.class,
            description = "text, json or stream-json (default text).")
    OutputFormat outputFormat;

    @Option(
            names = "--replay",
            paramLabel = "FILE",
            description = "Play a recorded transcript instead of calling a model.")
    Path replay;

    @Option(
            names = "--record",
            paramLabel = "FILE",
            description = "Record every model exchange to FILE (JSON Lines, redacted).")
    Path record;

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
        String task = readTask();
        Path root = workspace.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("workspace " + root + " is not a directory; pass --workspace DIR");
        }
        Settings settings = SettingsLoader.load(env, root, flags());
        SecretRedactor redactor = AgentSession.redactor(settings, env);
        RunOutput output = new RunOutput(outputFormat, spec.commandLine().getOut(), redactor);
        try (AgentSession session = AgentSession.open(settings, env, root, replay, record, stream, redactor, output)) {
            AgentLoop loop = session.loop();
            AgentResult result =
                    loop.run(session.model(), AgentSession.SYSTEM_PROMPT, Conversation.of(Message.user(task)));
            output.finish(result, session);
            if (result.stopReason() instanceof StopReason.ProviderFailed
                    || result.stopReason() instanceof StopReason.FinalOutputInvalid) {
                spec.commandLine()
                        .getErr()
                        .println("goose-ci: " + result.stopReason().describe());
                return ExitCode.PROVIDER_ERROR.code();
            }
            if (!result.completed()) {
                spec.commandLine()
                        .getErr()
                        .println("goose-ci: " + result.stopReason().describe());
                return ExitCode.BUDGET_STOP.code();
            }
            return ExitCode.SUCCESS.code();
        }
    }

    private Map<String, String> flags() {
        Map<String, String> flags = new LinkedHashMap<>();
        if (provider != null) {
            flags.put("provider", provider);
        }
        if (model != null) {
            flags.put("model", model);
        }
        if (maxTurns != null) {
            flags.put("limits.max_turns", maxTurns.toString());
        }
        return flags;
    }

    private String readTask() {
        String task;
        try {
            if (input.text != null) {
                task = input.text;
            } else if (input.file.equals("-")) {
                task = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            } else {
                Path file = Path.of(input.file);
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("instructions file " + file + " does not exist");
                }
                task = Files.readString(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the task: " + e.getMessage(), e);
        }
        if (task.isBlank()) {
            throw new IllegalArgumentException("the task is empty; give it with -t TEXT or -i FILE");
        }
        return task;
    }
}
