package dev.gooseci.cli;

import static java.util.Objects.requireNonNull;

import dev.gooseci.agent.FinalOutput;
import dev.gooseci.recipe.RecipePlan;
import dev.gooseci.tool.mcp.McpExtensionConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one run adds to its settings: where the model comes from, and what a recipe asks for.
 *
 * @param replay a transcript to play instead of calling a model
 * @param record where to record the model exchanges
 * @param stream whether to stream replies
 * @param servers MCP servers beyond the configuration's (a recipe's {@code extensions})
 * @param allowedTools the only tools the run may call ({@code ext__tool} or {@code ext__*}); empty for all
 * @param finalOutput the structured answer the run must end with
 * @param temperature the sampling temperature of every request, or empty for the vendor's default
 */
record SessionOptions(
        Optional<Path> replay,
        Optional<Path> record,
        boolean stream,
        List<McpExtensionConfig> servers,
        List<String> allowedTools,
        Optional<FinalOutput> finalOutput,
        OptionalDouble temperature) {
    SessionOptions {
        requireNonNull(replay, "replay");
        requireNonNull(record, "record");
        servers = List.copyOf(servers);
        allowedTools = List.copyOf(allowedTools);
        requireNonNull(finalOutput, "finalOutput");
        requireNonNull(temperature, "temperature");
    }

    /** A run of a plain task; {@code replay} and {@code record} may be null. */
    static SessionOptions of(Path replay, Path record, boolean stream) {
        return new SessionOptions(
                Optional.ofNullable(replay),
                Optional.ofNullable(record),
                stream,
                List.of(),
                List.of(),
                Optional.empty(),
                OptionalDouble.empty());
    }

    /** These options with what a recipe asks for. */
    SessionOptions withRecipe(RecipePlan plan) {
        return new SessionOptions(
                replay,
                record,
                stream,
                plan.recipe().extensions(),
                plan.allowedTools(),
                plan.finalOutput(),
                plan.temperature());
    }
}
