package dev.gooseci.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * The tools a run offers and what they may touch.
 *
 * @param shell the shell tool and its allowlist
 * @param write workspace-relative globs the developer tools may write; the sandbox's protected files stay protected
 * @param envPass variable names passed to tools and MCP servers beyond the built-in safe ones
 * @param extensions MCP servers by extension name, in name order
 */
public record ToolSettings(
        ShellSettings shell, List<String> write, List<String> envPass, Map<String, ExtensionSettings> extensions) {
    public ToolSettings {
        requireNonNull(shell, "shell");
        write = List.copyOf(write);
        envPass = List.copyOf(envPass);
        extensions = Map.copyOf(extensions);
        if (write.isEmpty()) {
            throw new IllegalArgumentException("developer.write needs at least one glob, such as **");
        }
    }

    /** {@link ShellSettings#defaults()}, writes anywhere ({@code **}), no extra variables, no MCP servers. */
    public static ToolSettings defaults() {
        return new ToolSettings(ShellSettings.defaults(), List.of("**"), List.of(), Map.of());
    }
}
