package dev.gooseci.recipe;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.config.LocatedTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a recipe from YAML (or JSON, by the {@code .json} extension) and fills in its parameters. Everything wrong
 * with it is reported at once in a {@link RecipeException}, each problem with the file, line and field: unknown
 * fields, wrong shapes, parameters given but not declared, declared but unused, used but not declared, and required
 * ones without a value. A {@code user_prompt} parameter without a value is an error too: no one can answer in CI.
 */
public final class RecipeLoader {
    private static final Set<String> FIELDS = Set.of(
            "version",
            "title",
            "description",
            "instructions",
            "prompt",
            "parameters",
            "extensions",
            "allowed_tools",
            "settings",
            "response",
            "retry",
            "activities",
            "author");

    private final Path workingDirectory;

    /** @param workingDirectory where relative paths given for {@code file} parameters are read from */
    public RecipeLoader(Path workingDirectory) {
        this.workingDirectory = requireNonNull(workingDirectory, "workingDirectory");
    }

    /** Loads {@code file} with the given parameter values ({@code --params key=value}). */
    public Recipe load(Path file, Map<String, String> params) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": the recipe cannot be read (" + e + "); check the path", e);
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(text, file.toString(), dir == null ? workingDirectory : dir, params);
    }

    /**
     * Parses recipe text. {@code origin} names it in errors; one ending in {@code .json} is read as JSON.
     * {@code recipeDir} is the value of {@code {{ recipe_dir }}}.
     */
    public Recipe parse(String text, String origin, Path recipeDir, Map<String, String> params) {
        requireNonNull(params, "params");
        LocatedTree tree = LocatedTree.parse(text, origin, origin.endsWith(".json"));
        Problems problems = new Problems(tree, origin);
        Fields fields = new Fields(problems);
        Optional<ObjectNode> found = fields.mapping(tree.root(), "", FIELDS, Set.of("recipe", "sub_recipes"));
        if (found.isEmpty()) {
            problems.throwIfAny();
        }
        ObjectNode root = found.get();
        if (root.has("sub_recipes") || root.has("recipe")) {
            String field = root.has("recipe") ? "recipe" : "sub_recipes";
            problems.add(
                    "/" + field,
                    field.equals("recipe")
                            ? "the Desktop format is not supported; move the fields under 'recipe' to the top level"
                            : "sub-recipes are not supported by goose-ci; run each recipe as its own step");
        }
        ParameterReader parameterReader = new ParameterReader(fields);
        List<RecipeParameter> parameters = parameterReader.read(root);
        Map<String, String> values = new HashMap<>(parameterReader.values(parameters, params, workingDirectory));
        values.putIfAbsent(Template.RECIPE_DIR, recipeDir.toString());
        Template template = new Template(values, parameterReader.declared(), problems);

        String title = template.render(fields.required(root, "", "title", "a short name for the recipe"), "/title");
        String description =
                template.render(fields.required(root, "", "description", "say what the recipe does"), "/description");
        String instructions =
                template.render(fields.text(root, "", "instructions").orElse(""), "/instructions");
        String prompt = template.render(fields.text(root, "", "prompt").orElse(""), "/prompt");
        if (instructions.isBlank()
                && prompt.isBlank()
                && !root.hasNonNull("instructions")
                && !root.hasNonNull("prompt")) {
            problems.add("", "a recipe needs 'instructions' or 'prompt' (or both); add the task for the agent");
        }
        ExtensionReader extensions = new ExtensionReader(fields, template);
        extensions.read(root);
        SectionReader sections = new SectionReader(fields, template);
        List<String> allowedTools = sections.allowedTools(root);
        RecipeSettings settings = sections.settings(root);
        Optional<String> schema = sections.responseSchema(root);
        Optional<RetryConfig> retry = sections.retry(root);
        fields.list(root, "", "activities").forEach(activity -> template.render(activity.asText(), "/activities"));
        parameterReader.reportUnused(template.used());
        problems.throwIfAny();
        return new Recipe(
                fields.text(root, "", "version").orElse("1.0.0"),
                title,
                description,
                instructions,
                prompt,
                parameters,
                extensions.builtins,
                extensions.servers,
                allowedTools,
                settings,
                schema,
                retry);
    }
}
