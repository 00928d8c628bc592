package dev.gooseci.recipe;

import static java.util.Objects.requireNonNull;

import dev.gooseci.agent.FinalOutput;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a recipe asks of the agent loop, ready to use.
 *
 * @param recipe the recipe it was made from (extensions, retry)
 * @param systemPrompt the instructions, then the repository's hints
 * @param firstMessage the first user message: the prompt, or the instructions when there is no prompt
 * @param allowedTools namespaced tool names or {@code ext__*} patterns; empty leaves the tools to the configuration
 * @param settingOverrides configuration keys to override ({@code provider}, {@code model}, {@code limits.max_turns})
 * @param temperature the sampling temperature the recipe asks for
 * @param finalOutput the structured answer the run must end with, when the recipe has a response schema
 */
public record RecipePlan(
        Recipe recipe,
        String systemPrompt,
        String firstMessage,
        List<String> allowedTools,
        Map<String, String> settingOverrides,
        OptionalDouble temperature,
        Optional<FinalOutput> finalOutput) {

    public RecipePlan {
        requireNonNull(recipe, "recipe");
        requireNonNull(systemPrompt, "systemPrompt");
        requireNonNull(firstMessage, "firstMessage");
        allowedTools = List.copyOf(allowedTools);
        settingOverrides = Map.copyOf(settingOverrides);
        requireNonNull(temperature, "temperature");
        requireNonNull(finalOutput, "finalOutput");
    }
}
