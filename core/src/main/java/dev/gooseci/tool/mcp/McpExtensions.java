package dev.gooseci.tool.mcp;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Starts the MCP servers of a run. */
public final class McpExtensions {
    private McpExtensions() {}

    /**
     * Starts every enabled server of {@code configs} at the same time (each may take seconds, and CI pays for every
     * one) and returns them in configuration order. Disabled ones are left out; broken ones are returned unavailable
     * (see {@link McpExtension}), so this never throws for a server. The caller closes what it gets.
     *
     * @param env the filtered environment for stdio servers; the JVM's own environment never reaches them
     */
    public static List<McpExtension> start(List<McpExtensionConfig> configs, Map<String, String> env) {
        requireNonNull(configs, "configs");
        Map<String, String> copy = Map.copyOf(requireNonNull(env, "env"));
        List<McpExtensionConfig> enabled =
                configs.stream().filter(McpExtensionConfig::enabled).toList();
        if (enabled.isEmpty()) {
            return List.of();
        }
        ExecutorService starters = Executors.newFixedThreadPool(enabled.size(), runnable -> {
            Thread thread = new Thread(runnable, "mcp-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<CompletableFuture<McpExtension>> started = new ArrayList<>();
            for (McpExtensionConfig config : enabled) {
                started.add(CompletableFuture.supplyAsync(() -> McpExtension.start(config, copy), starters));
            }
            return started.stream().map(CompletableFuture::join).toList();
        } finally {
            starters.shutdown();
        }
    }
}
