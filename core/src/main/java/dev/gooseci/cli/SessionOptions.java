package dev.gooseci.cli;

import static java.util.Objects.requireNonNull;

import dev.gooseci.agent.FinalOutput;
import dev.gooseci.tool.mcp.McpExtensionConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What one run adds to its settings: where the model comes from, and what a recipe asks for.
 *
 * @param replay a transcript to play instead of calling a model
 * @param record where to record the model exchanges
 * @param stream whether to stream replies
 * @param servers MCP servers beyond the configuration's (a recipe's {@code extensions})
 * @param allowedTools the only tools the run may call ({@code ext__tool} or {@code ext__*}); empty for all
 * @param finalOutput the structured answer the run must end with
 */
record SessionOptions(
        Optional<Path> replay,
        Optional<Path> record,
        boolean stream,
        List<McpExtensionConfig> servers,
        List<String> allowedTools,
        Optional<FinalOutput> finalOutput) {
    SessionOptions {
        requireNonNull(replay, "replay");
        requireNonNull(record, "record");
        servers = List.copyOf(servers);
        allowedTools = List.copyOf(allowedTools);
        requireNonNull(finalOutput, "finalOutput");
    }

    /** These options with what a recipe asks for. */
    SessionOptions withRecipe(
            List<McpExtensionConfig> recipeServers, List<String> recipeTools, Optional<FinalOutput> recipeOutput) {
        return new SessionOptions(replay, record, stream, recipeServers, recipeTools, recipeOutput);
    }
}
