package dev.gooseci.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.config.ConfigException;
import dev.gooseci.recipe.RecipeParameter.InputType;
import dev.gooseci.recipe.RecipeParameter.Requirement;
import dev.gooseci.tool.mcp.McpExtensionConfig;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeLoaderTest {
    @TempDir
    Path workDir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(
                RecipeLoaderTest.class.getResource("RecipeLoaderTest/" + name).toURI());
    }

    @Test
    void shouldLoadEveryFieldOfAGooseRecipeAndFillItsParameters() throws Exception {
        Recipe recipe = new RecipeLoader(workDir).load(fixture("full.yaml"), Map.of("module", "core"));

        assertThat(recipe.version()).isEqualTo("1.0.0");
        assertThat(recipe.title()).isEqualTo("Review core");
        assertThat(recipe.instructions()).isEqualTo("You review Java code in core.\nBe strict about security.\n");
        assertThat(recipe.prompt()).isEqualTo("Review the changes in core with at most 10 findings.");
        assertThat(recipe.parameters())
                .containsExactly(
                        new RecipeParameter(
                                "module",
                                InputType.STRING,
                                Requirement.REQUIRED,
                                Optional.empty(),
                                "the module to review",
                                List.of()),
                        new RecipeParameter(
                                "focus",
                                InputType.SELECT,
                                Requirement.OPTIONAL,
                                Optional.of("security"),
                                "what to look at first",
                                List.of("security", "performance")),
                        new RecipeParameter(
                                "max_findings",
                                InputType.NUMBER,
                                Requirement.OPTIONAL,
                                Optional.of("10"),
                                "how many findings at most",
                                List.of()));
        assertThat(recipe.builtinExtensions()).containsExactly("developer");
        assertThat(recipe.extensions())
                .containsExactly(
                        McpExtensionConfig.stdio(
                                        "everything", "npx", List.of("-y", "@modelcontextprotocol/server-everything"))
                                .withEnv(Map.of("LOG_LEVEL", "debug"))
                                .withTimeout(Duration.ofSeconds(60))
                                .withAvailableTools(List.of("echo")),
                        McpExtensionConfig.streamableHttp("remote", "http://127.0.0.1:3001/mcp")
                                .withHeaders(Map.of("X-Team", "ci")));
        assertThat(recipe.allowedTools()).containsExactly("developer__read_file", "everything__*");
        assertThat(recipe.settings())
                .isEqualTo(new RecipeSettings(
                        Optional.of("anthropic"),
                        Optional.of("claude-sonnet-4-5"),
                        OptionalDouble.of(0.2),
                        OptionalInt.of(12)));
        assertThat(recipe.responseSchema())
                .contains("{\"type\":\"object\",\"required\":[\"findings\"],\"properties\":{\"findings\":"
                        + "{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":"
                        + "{\"line\":{\"type\":\"integer\"}}}}}}");
        assertThat(recipe.retry())
                .contains(new RetryConfig(
                        2,
                        List.of("test -f core/report.json"),
                        Optional.of("rm -f core/report.json"),
                        Duration.ofSeconds(30),
                        RetryConfig.DEFAULT_ON_FAILURE_TIMEOUT));
    }

    @Test
    void shouldLetAGivenValueWinOverTheDefault() throws Exception {
        Recipe recipe = new RecipeLoader(workDir)
                .load(fixture("full.yaml"), Map.of("module", "cli", "focus", "performance", "max_findings", "3"));

        assertThat(recipe.instructions()).contains("Be strict about performance.");
        assertThat(recipe.prompt()).isEqualTo("Review the changes in cli with at most 3 findings.");
    }

    @Test
    void shouldLoadAMinimalRecipeWithTheDefaults() throws Exception {
        Recipe recipe = new RecipeLoader(workDir).load(fixture("minimal.yaml"), Map.of());

        assertThat(recipe.version()).isEqualTo("1.0.0");
        assertThat(recipe.instructions()).isEmpty();
        assertThat(recipe.prompt()).isEqualTo("Summarise this repository in five lines.");
        assertThat(recipe.settings()).isEqualTo(RecipeSettings.NONE);
        assertThat(recipe.settings().asSettingOverrides()).isEmpty();
        assertThat(recipe.responseSchema()).isEmpty();
        assertThat(recipe.retry()).isEmpty();
    }

    @Test
    void shouldReadJsonRecipes() throws Exception {
        Recipe recipe = new RecipeLoader(workDir).load(fixture("instructions-only.json"), Map.of());

        assertThat(recipe.instructions()).isEqualTo("Find lint problems in src.");
        assertThat(recipe.prompt()).isEmpty();
    }

    @Test
    void shouldFillRecipeDirAndFileParametersWithTheFilesContent() throws Exception {
        Files.writeString(workDir.resolve("diff.txt"), "+ added line\n");
        String yaml = "title: T\ndescription: D\nprompt: 'Review {{ diff }} with {{ recipe_dir }}/rules.md'\n"
                + "parameters:\n  - {key: diff, input_type: file, requirement: required, description: the diff}\n";

        Recipe recipe =
                new RecipeLoader(workDir).parse(yaml, "r.yaml", Path.of("/recipes"), Map.of("diff", "diff.txt"));

        assertThat(recipe.prompt()).isEqualTo("Review + added line\n with /recipes/rules.md");
    }

    @Test
    void shouldTurnSettingsIntoConfigurationOverrides() throws Exception {
        Recipe recipe = new RecipeLoader(workDir).load(fixture("full.yaml"), Map.of("module", "core"));

        assertThat(recipe.settings().asSettingOverrides())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("provider", "anthropic", "model", "claude-sonnet-4-5", "limits.max_turns", "12"));
    }

    @Test
    void shouldNameTheLineOfBrokenYaml() {
        String yaml = "title: T\ndescription: D\nprompt: [unclosed\n";

        assertThatThrownBy(() -> new RecipeLoader(workDir).parse(yaml, "r.yaml", workDir, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("r.yaml line 4: not valid YAML");
    }

    @Test
    void shouldReportEveryProblemOfARecipeAtOnce() {
        String yaml = "title: T\nprompt: '{{ a }}'\nsettings:\n  max_turns: 0\n";

        assertThatThrownBy(() -> new RecipeLoader(workDir).parse(yaml, "r.yaml", workDir, Map.of()))
                .isInstanceOfSatisfying(
                        RecipeException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "r.yaml line 1: description: is required: say what the recipe does",
                                        "r.yaml line 2: prompt: uses {{ a }}, but the recipe declares no parameter 'a';"
                                                + " add it under parameters",
                                        "r.yaml line 4: settings.max_turns: must be a whole number of at least 1, but is"
                                                + " '0'"))
                .hasMessageStartingWith("the recipe has 3 problems:\n  r.yaml line 1: description");
    }
}
