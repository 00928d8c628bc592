package dev.gooseci.cli;

import dev.gooseci.agent.PolicyGate;
import dev.gooseci.agent.ToolGate;
import dev.gooseci.config.ExtensionSettings;
import dev.gooseci.config.Settings;
import dev.gooseci.config.ShellSettings;
import dev.gooseci.policy.CommandInspector;
import dev.gooseci.policy.CommandPolicy;
import dev.gooseci.policy.EnvFilter;
import dev.gooseci.policy.Mode;
import dev.gooseci.policy.PathInspector;
import dev.gooseci.policy.PathSandbox;
import dev.gooseci.policy.PermissionPolicy;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.policy.ToolRule;
import dev.gooseci.recipe.AllowedToolsGate;
import dev.gooseci.tool.Extension;
import dev.gooseci.tool.Toolbox;
import dev.gooseci.tool.developer.DeveloperExtension;
import dev.gooseci.tool.git.GitExtension;
import dev.gooseci.tool.mcp.McpExtensionConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tools of one run and the gate in front of them, from settings: the sandboxed {@code developer} extension (with
 * {@code shell} when it is enabled), {@code git} when the workspace is in a git repository, and the MCP servers of the
 * configuration and the recipe. The gate is the permission policy with the path and command inspectors, both over the
 * same sandbox and allowlist as the tools themselves.
 *
 * <p>Nothing here touches an MCP or JGit class unless the run has an MCP server or a git repository: start-up time is
 * paid on every CI job.
 */
final class RunTools {
    private final Settings settings;
    private final Path workspace;
    private final PathSandbox sandbox;
    private final CommandPolicy commands;
    private final Map<String, String> environment;

    /** @param env the process environment; tools and servers get only what {@link EnvFilter} lets through */
    RunTools(Settings settings, Map<String, String> env, Path workspace) {
        this.settings = settings;
        this.workspace = workspace;
        this.sandbox = new PathSandbox(workspace, settings.tools().write());
        this.commands = new CommandPolicy(settings.tools().shell().allow(), sandbox);
        this.environment = new EnvFilter(settings.tools().envPass()).filter(env);
    }

    Path workspace() {
        return workspace;
    }

    /** The filtered environment of every subprocess: shell commands, MCP servers, recipe checks. */
    Map<String, String> environment() {
        return environment;
    }

    /**
     * Builds the toolbox. MCP servers that fail to start are reported on {@code err} and the run goes on without
     * them; a server of the recipe replaces one of the configuration with the same name.
     */
    Toolbox toolbox(SecretRedactor redactor, List<McpExtensionConfig> recipeServers, PrintWriter err) {
        List<Extension> extensions = new ArrayList<>();
        extensions.add(developer(redactor));
        if (insideGitRepository(workspace)) {
            extensions.add(new GitExtension(workspace));
        }
        Map<String, McpExtensionConfig> servers = new LinkedHashMap<>();
        settings.tools().extensions().forEach((name, server) -> servers.put(name, mcpConfig(name, server)));
        recipeServers.forEach(server -> servers.put(server.name(), server));
        if (!servers.isEmpty()) {
            extensions.addAll(McpServers.start(List.copyOf(servers.values()), environment, err));
        }
        try {
            return Toolbox.of(extensions);
        } catch (RuntimeException e) {
            extensions.forEach(Extension::close);
            throw e;
        }
    }

    /** The permission policy as the gate, behind the recipe's allowed tools when it names any. */
    ToolGate gate(List<String> allowedTools) {
        Map<String, ToolRule> rules = new LinkedHashMap<>();
        settings.permissions().tools().forEach((tool, rule) -> rules.put(tool, ToolRule.parse(rule)));
        PermissionPolicy policy = new PermissionPolicy(
                Mode.parse(settings.permissions().mode()),
                rules,
                List.of(new PathInspector(sandbox), new CommandInspector(commands)));
        ToolGate gate = new PolicyGate(policy);
        return allowedTools.isEmpty() ? gate : new AllowedToolsGate(gate, allowedTools);
    }

    private DeveloperExtension developer(SecretRedactor redactor) {
        DeveloperExtension.Builder developer =
                DeveloperExtension.builder(sandbox).redactor(redactor);
        ShellSettings shell = settings.tools().shell();
        if (shell.enabled()) {
            Duration perCommand = shell.timeout().compareTo(DeveloperExtension.Builder.DEFAULT_TIMEOUT) < 0
                    ? shell.timeout()
                    : DeveloperExtension.Builder.DEFAULT_TIMEOUT;
            try {
                developer.shell(commands, environment).shellTimeouts(perCommand, shell.timeout());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("shell.timeout " + shell.timeout() + " is too short: "
                        + e.getMessage() + "; set shell.timeout to 1s or more");
            }
        }
        return developer.build();
    }

    static McpExtensionConfig mcpConfig(String name, ExtensionSettings server) {
        return new McpExtensionConfig(
                name,
                server.stdio() ? McpExtensionConfig.Kind.STDIO : McpExtensionConfig.Kind.STREAMABLE_HTTP,
                server.command().orElse(""),
                server.args(),
                server.env(),
                server.uri().orElse(""),
                server.headers(),
                server.timeout().orElse(McpExtensionConfig.DEFAULT_TIMEOUT),
                server.availableTools(),
                server.enabled());
    }

    /** Whether {@code dir} or a parent holds {@code .git} (a directory, or a worktree's file); JGit is not touched. */
    static boolean insideGitRepository(Path dir) {
        for (Path current = dir.toAbsolutePath(); current != null; current = current.getParent()) {
            if (Files.exists(current.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }
}
