package dev.gooseci.cli;

import dev.gooseci.policy.CommandPolicy;
import dev.gooseci.policy.EnvFilter;
import dev.gooseci.policy.PathSandbox;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.tool.developer.DeveloperExtension;
import dev.gooseci.tool.mcp.McpToolServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code goose-ci mcp serve developer}: our developer tools as an MCP server over the workspace sandbox, so that other
 * MCP clients get the same path rules, command policy and redaction as our agent. Shell is off unless asked for, and
 * then limited to {@link #READ_ONLY_COMMANDS} with a filtered environment.
 */
@Command(
        name = "serve",
        description = {
            "Serve an extension's tools as an MCP server: over stdio until the client closes standard input, or over"
                    + " streamable HTTP on 127.0.0.1 (the URL is printed) until the process is stopped.",
            "Logs go to standard error; with stdio, standard output carries only the protocol. A stdio client reads"
                    + " its answers before it closes our standard input: answers still in flight then are dropped."
        })
final class McpServeCommand implements Callable<Integer> {
    /**
     * What {@code --shell} allows: programs that only read and have no option that writes a file (unlike
     * {@code sort -o}, {@code find -delete} or {@code git diff --output}). Their arguments are not confined to the
     * workspace, but protected files and {@code /proc/*}{@code /environ} are still refused by the command policy.
     */
    static final List<String> READ_ONLY_COMMANDS = List.of("ls", "cat", "head", "tail", "wc", "grep", "pwd");

    private final Map<String, String> env;
    private final InputStream stdin;
    private final OutputStream stdout;

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "EXTENSION", description = "The extension to serve: developer.")
    String extension;

    @Option(
            names = "--transport",
            defaultValue = "stdio",
            description = "stdio (default) or http (streamable HTTP on 127.0.0.1).")
    String transport;

    @Option(names = "--port", description = "The HTTP port on 127.0.0.1; 0 (the default) picks a free one.")
    Integer port;

    @Option(
            names = {"-w", "--workspace"},
            defaultValue = ".",
            description = "The directory the tools are confined to (default: the current one).")
    Path workspace;

    @Option(
            names = "--shell",
            description = "Also offer shell, limited to read-only commands: ls, cat, head, tail, wc, grep, pwd.")
    boolean shell;

    /** @param stdout the process's standard output: the protocol stream for stdio */
    McpServeCommand(Map<String, String> env, InputStream stdin, OutputStream stdout) {
        this.env = env;
        this.stdin = stdin;
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws InterruptedException {
        DeveloperExtension tools = developer();
        String kind = transport.toLowerCase(Locale.ROOT);
        PrintWriter err = spec.commandLine().getErr();
        McpToolServer server;
        if (kind.equals("stdio")) {
            if (port != null) {
                throw new IllegalArgumentException(
                        "--port is for --transport http only; drop it, or add" + " --transport http");
            }
            server = McpToolServer.stdio(tools, stdin, stdout);
            err.println("goose-ci: serving " + extension + " tools over stdio");
        } else if (kind.equals("http")) {
            server = McpToolServer.http(tools, port == null ? 0 : port);
            PrintWriter out = spec.commandLine().getOut();
            out.println(server.url().orElseThrow());
            out.flush();
        } else {
            throw new IllegalArgumentException("unknown --transport '" + transport + "'; use stdio or http");
        }
        serveUntilDone(server);
        return ExitCode.SUCCESS.code();
    }

    private DeveloperExtension developer() {
        if (!DeveloperExtension.NAME.equals(extension)) {
            throw new IllegalArgumentException(
                    "unknown extension '" + extension + "'; goose-ci mcp serve offers: " + DeveloperExtension.NAME);
        }
        Path root = workspace.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("workspace " + root + " is not a directory; pass --workspace DIR");
        }
        PathSandbox sandbox = new PathSandbox(root);
        DeveloperExtension.Builder builder =
                DeveloperExtension.builder(sandbox).redactor(SecretRedactor.forRun(List.of(), env));
        if (shell) {
            builder.shell(new CommandPolicy(READ_ONLY_COMMANDS, sandbox), new EnvFilter().filter(env));
        }
        return builder.build();
    }

    /** Serves until the server ends, or until the JVM is told to stop, which closes the server on the way out. */
    private static void serveUntilDone(McpToolServer server) throws InterruptedException {
        Thread hook = new Thread(server::close, "mcp-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            server.awaitTermination();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run; nothing left to undo
            }
        }
    }
}
