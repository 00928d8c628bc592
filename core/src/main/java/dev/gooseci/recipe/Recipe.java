package dev.gooseci.recipe;

import static java.util.Objects.requireNonNull;

import dev.gooseci.tool.mcp.McpExtensionConfig;
import java.util.List;
import java.util.Optional;

/**
 * A loaded recipe in Goose's shape, with every {@code {{ parameter }}} already replaced by its value. See
 * {@code docs/recipes.md} for the file format.
 *
 * @param version the recipe format version, {@code 1.0.0} unless given
 * @param title a short title
 * @param description what the recipe does
 * @param instructions the system instructions; may be empty when there is a prompt
 * @param prompt the first user message; may be empty when there are instructions
 * @param parameters the declared parameters
 * @param builtinExtensions names of built-in extensions the recipe asks for ({@code developer}, {@code git})
 * @param extensions MCP servers the recipe adds
 * @param allowedTools namespaced tool names ({@code ext__tool}) or whole extensions ({@code ext__*}) the run may use;
 *     empty leaves the tools to the configuration
 * @param settings provider, model, temperature and turn overrides
 * @param responseSchema the JSON Schema (as JSON text) the final answer must match, if any
 * @param retry checks to run after the run, if any
 */
public record Recipe(
        String version,
        String title,
        String description,
        String instructions,
        String prompt,
        List<RecipeParameter> parameters,
        List<String> builtinExtensions,
        List<McpExtensionConfig> extensions,
        List<String> allowedTools,
        RecipeSettings settings,
        Optional<String> responseSchema,
        Optional<RetryConfig> retry) {

    public Recipe {
        requireNonNull(version, "version");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        requireNonNull(instructions, "instructions");
        requireNonNull(prompt, "prompt");
        parameters = List.copyOf(parameters);
        builtinExtensions = List.copyOf(builtinExtensions);
        extensions = List.copyOf(extensions);
        allowedTools = List.copyOf(allowedTools);
        requireNonNull(settings, "settings");
        requireNonNull(responseSchema, "responseSchema");
        requireNonNull(retry, "retry");
        if (instructions.isBlank() && prompt.isBlank()) {
            throw new IllegalArgumentException("a recipe needs instructions or a prompt");
        }
    }
}
