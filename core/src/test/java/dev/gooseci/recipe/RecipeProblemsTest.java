package dev.gooseci.recipe;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad recipe, each reported with its file, line and field. Lines 1-2 are title and description. */
class RecipeProblemsTest {
    private static final String HEAD = "title: T\ndescription: D\n";

    static Stream<Arguments> badRecipes() {
        return Stream.of(
                row(
                        "unknown top-level field",
                        "prompt: p\ninstructons: typo\n",
                        Map.of(),
                        "r.yaml line 4: instructons: unknown field; allowed here are activities, allowed_tools, author,"
                                + " description, extensions, instructions, parameters, prompt, response, retry,"
                                + " settings, title, version"),
                row(
                        "no task",
                        "version: 1.0.0\n",
                        Map.of(),
                        "r.yaml line 1: a recipe needs 'instructions' or 'prompt'"
                                + " (or both); add the task for the agent"),
                row(
                        "prompt is a list",
                        "prompt: [a, b]\n",
                        Map.of(),
                        "r.yaml line 3: prompt: takes a single value, but is a list"),
                row(
                        "placeholder not declared",
                        "prompt: p\ninstructions: |\n  line one\n  {{ missing }}\n",
                        Map.of(),
                        "r.yaml line 4: instructions: uses {{ missing }}, but the recipe declares no parameter"
                                + " 'missing'; add it under parameters"),
                row(
                        "filter in a placeholder",
                        "prompt: '{{ a | upper }}'\n" + param("a", "string", "required"),
                        Map.of("a", "x"),
                        "r.yaml line 3: prompt: '{{ a | upper }}' is not supported; use a plain parameter name such"
                                + " as {{ file }} (filters and expressions are not)"),
                row(
                        "template tag",
                        "prompt: '{% if a %}x{% endif %} {{ a }}'\n" + param("a", "string", "required"),
                        Map.of("a", "x"),
                        "r.yaml line 3: prompt: template tags '{% ... %}' are not supported; use only {{ name }}"
                                + " placeholders"),
                row(
                        "parameter given but not declared",
                        "prompt: p\n",
                        Map.of("extra", "1"),
                        "r.yaml line 1: parameters: the value for 'extra' was given, but the recipe declares no such"
                                + " parameter; declared are none"),
                row(
                        "parameter declared but unused",
                        "prompt: p\n" + param("a", "string", "required"),
                        Map.of("a", "x"),
                        "r.yaml line 5: parameters[0].key: parameter 'a' is declared but never used as {{ a }}; use"
                                + " it or remove it"),
                row(
                        "required parameter without a value",
                        "prompt: '{{ a }}'\n" + param("a", "string", "required"),
                        Map.of(),
                        "r.yaml line 5: parameters[0]: 'a' is required and has no default; pass it with --params"
                                + " a=VALUE"),
                row(
                        "user_prompt parameter in CI",
                        "prompt: '{{ a }}'\n" + param("a", "string", "user_prompt"),
                        Map.of(),
                        "r.yaml line 5: parameters[0]: 'a' is user_prompt, but no one can answer a prompt in CI; pass"
                                + " it with --params a=VALUE or give it a default"),
                row(
                        "optional parameter without a default",
                        "prompt: '{{ a }}'\n" + param("a", "string", "optional"),
                        Map.of("a", "x"),
                        "r.yaml line 5: parameters[0]: optional parameter 'a' needs a 'default'"),
                row(
                        "bad requirement",
                        "prompt: '{{ a }}'\n" + param("a", "string", "sometimes"),
                        Map.of("a", "x"),
                        "r.yaml line 7: parameters[0].requirement: 'sometimes' is not one of required, optional,"
                                + " user_prompt"),
                row(
                        "bad input type",
                        "prompt: '{{ a }}'\n" + param("a", "text", "required"),
                        Map.of("a", "x"),
                        "r.yaml line 6: parameters[0].input_type: 'text' is not one of string, number, boolean,"
                                + " date, file, select"),
                row(
                        "number parameter given a word",
                        "prompt: '{{ n }}'\n" + param("n", "number", "required"),
                        Map.of("n", "ten"),
                        "r.yaml line 5: parameters[0]: the value given for 'n' must be a number, but is 'ten'"),
                row(
                        "select without options",
                        "prompt: '{{ s }}'\n" + param("s", "select", "required"),
                        Map.of("s", "x"),
                        "r.yaml line 5: parameters[0]: a select parameter needs 'options', the values to choose"
                                + " from"),
                row(
                        "parameter declared twice",
                        "prompt: '{{ a }}'\n" + param("a", "string", "required") + param("a", "string", "required"),
                        Map.of("a", "x"),
                        "r.yaml line 9: parameters[1].key: parameter 'a' is declared twice; keep one"),
                row(
                        "stdio extension without cmd",
                        "prompt: p\nextensions:\n  - type: stdio\n    name: tools\n",
                        Map.of(),
                        "r.yaml line 5: extensions[0].cmd: is required: the program to start"),
                row(
                        "unsupported extension type",
                        "prompt: p\nextensions:\n  - type: frontend\n    name: ui\n",
                        Map.of(),
                        "r.yaml line 5: extensions[0].type: type 'frontend' is not supported; use builtin, stdio or"
                                + " streamable_http"),
                row(
                        "env_keys would pass secrets",
                        "prompt: p\nextensions:\n  - type: stdio\n    name: gh\n    cmd: gh-mcp\n    env_keys:"
                                + " [GITHUB_TOKEN]\n",
                        Map.of(),
                        "r.yaml line 8: extensions[0].env_keys: is not supported: MCP servers get only the run's"
                                + " filtered environment, never the CI's secrets; set non-secret values under 'envs'"),
                row(
                        "bad extension name",
                        "prompt: p\nextensions:\n  - type: stdio\n    name: my tools\n    cmd: x\n",
                        Map.of(),
                        "r.yaml line 5: extensions[0]: MCP extension name 'my tools' may use only letters, digits"
                                + " and '-'; rename it"),
                row(
                        "allowed tool without namespace",
                        "prompt: p\nallowed_tools: [read_file]\n",
                        Map.of(),
                        "r.yaml line 4: allowed_tools[0]: 'read_file' is not a namespaced tool name; write"
                                + " extension__tool, for example developer__read_file, or extension__* for all of an"
                                + " extension's tools"),
                row(
                        "temperature out of range",
                        "prompt: p\nsettings:\n  temperature: 7\n",
                        Map.of(),
                        "r.yaml line 5: settings.temperature: must be a number from 0 to 2, but is the single value"
                                + " '7'"),
                row(
                        "unknown setting",
                        "prompt: p\nsettings:\n  goose_mode: auto\n",
                        Map.of(),
                        "r.yaml line 5: settings.goose_mode: unknown field; allowed here are goose_model,"
                                + " goose_provider, max_turns, temperature"),
                row(
                        "schema that is not an object schema",
                        "prompt: p\nresponse:\n  json_schema:\n    type: array\n",
                        Map.of(),
                        "r.yaml line 5: response.json_schema: the response schema must be a JSON Schema object with"
                                + " \"type\": \"object\" at its root"),
                row(
                        "schema that is not a mapping",
                        "prompt: p\nresponse:\n  json_schema: findings\n",
                        Map.of(),
                        "r.yaml line 5: response.json_schema: must be a JSON Schema mapping, but is the single value"
                                + " 'findings'"),
                row(
                        "retry without max_retries",
                        "prompt: p\nretry:\n  checks:\n    - command: 'true'\n",
                        Map.of(),
                        "r.yaml line 4: retry: 'max_retries' is required: how many times to run again when a check"
                                + " fails"),
                row(
                        "retry check of another type",
                        "prompt: p\nretry:\n  max_retries: 1\n  checks:\n    - type: http\n      command: x\n",
                        Map.of(),
                        "r.yaml line 7: retry.checks[0].type: 'http' is not supported; the only check type is shell"),
                row(
                        "retry with negative retries",
                        "prompt: p\nretry:\n  max_retries: -1\n  checks:\n    - command: 'true'\n",
                        Map.of(),
                        "r.yaml line 5: retry.max_retries: must be a whole number of at least 0, but is '-1'"),
                row(
                        "sub-recipes",
                        "prompt: p\nsub_recipes:\n  - name: x\n    path: x.yaml\n",
                        Map.of(),
                        "r.yaml line 4: sub_recipes: sub-recipes are not supported by goose-ci; run each recipe as"
                                + " its own step"),
                row(
                        "not a mapping at all",
                        "",
                        Map.of(),
                        "r.yaml line 1: must be a mapping of fields, but is the single value 'x'"));
    }

    private static String param(String key, String type, String requirement) {
        return "  - key: " + key + "\n    input_type: " + type + "\n    requirement: " + requirement
                + "\n    description: about " + key + "\n";
    }

    private static Arguments row(String name, String body, Map<String, String> params, String problem) {
        return Arguments.of(name, body, params, problem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRecipes")
    void shouldNameTheFieldAndTheLine(String name, String body, Map<String, String> params, String problem) {
        String yaml = body.isEmpty() ? "x\n" : HEAD + withParametersHeader(body);

        assertThatThrownBy(() -> new RecipeLoader(Path.of(".")).parse(yaml, "r.yaml", Path.of("/r"), params))
                .isInstanceOfSatisfying(
                        RecipeException.class,
                        e -> Assertions.assertThat(e.problems()).containsExactly(problem));
    }

    /** Puts a "parameters:" line before the first parameter item, so rows can just append items. */
    private static String withParametersHeader(String body) {
        int first = body.indexOf("  - key: ");
        return first < 0 ? body : body.substring(0, first) + "parameters:\n" + body.substring(first);
    }
}
