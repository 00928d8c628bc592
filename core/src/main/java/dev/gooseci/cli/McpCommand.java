package dev.gooseci.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code goose-ci mcp}: the Model Context Protocol commands; alone, it prints their usage. */
@Command(name = "mcp", description = "Model Context Protocol: serve Goose CI's sandboxed tools to other MCP clients.")
final class McpCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
