package dev.gooseci.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code goose-ci} entry point. */
@Command(
        name = "goose-ci",
        mixinStandardHelpOptions = true,
        versionProvider = GooseCli.VersionProvider.class,
        description = "A Goose-style AI agent for CI: reviews changes and writes proven unit tests.",
        subcommands = {CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the quality gate failed",
            "2:bad input (flags, configuration, files)",
            "3:the model or provider failed",
            "4:a budget stopped the run (turns, tokens, cost, time)",
            "70:internal error"
        })
public final class GooseCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // `--version` is what CI images call to check the tool is there: answer it without building the command
        // model, which loads every subcommand's classes.
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println(Version.line());
            return;
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code; used by tests and hosts. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, System.getenv());
    }

    /** As {@link #execute(String[], PrintWriter, PrintWriter)}, with the environment given, for hermetic tests. */
    static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        return execute(args, out, err, env, System.in);
    }

    static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, InputStream stdin) {
        return execute(args, out, err, env, stdin, System.out);
    }

    /**
     * @param stdout the raw standard output, which {@code mcp serve} over stdio speaks the protocol on; {@code out}
     *     takes everything meant for a person
     */
    static int execute(
            String[] args,
            PrintWriter out,
            PrintWriter err,
            Map<String, String> env,
            InputStream stdin,
            OutputStream stdout) {
        CommandLine cli = new CommandLine(new GooseCli());
        cli.addSubcommand(new ProvidersCommand(env));
        cli.addSubcommand(new RunCommand(env, stdin));
        cli.addSubcommand(new ReviewCommand(env));
        cli.addSubcommand(new GenerateTestsCommand(env));
        cli.addSubcommand(new CommandLine(new McpCommand()).addSubcommand(new McpServeCommand(env, stdin, stdout)));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(Failures::exitCode);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("goose-ci: " + Failures.describe(e));
            if (Failures.exitCode(e) == ExitCode.INTERNAL_ERROR.code()) {
                e.printStackTrace(commandLine.getErr());
            }
            return Failures.exitCode(e);
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            CommandLine commandLine = e.getCommandLine();
            commandLine.getErr().println("goose-ci: " + e.getMessage());
            commandLine.getErr().println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.BAD_INPUT.code();
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Supplies {@code --version}. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.line()};
        }
    }
}
