package dev.gooseci.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.agent.SchemaFinalOutput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a recipe's {@code allowed_tools}, {@code settings}, {@code response} and {@code retry} sections. */
final class SectionReader {
    private static final Set<String> SETTINGS = Set.of("goose_provider", "goose_model", "temperature", "max_turns");
    private static final Set<String> RESPONSE = Set.of("json_schema");
    private static final Set<String> RETRY =
            Set.of("max_retries", "checks", "on_failure", "timeout_seconds", "on_failure_timeout_seconds");
    private static final Set<String> CHECK = Set.of("type", "command");
    private static final Pattern TOOL = Pattern.compile("[A-Za-z0-9-]+__(\\*|[A-Za-z0-9_-]+)");

    private final Fields fields;
    private final Problems problems;
    private final Template template;

    SectionReader(Fields fields, Template template) {
        this.fields = fields;
        this.problems = fields.problems();
        this.template = template;
    }

    List<String> allowedTools(ObjectNode root) {
        List<String> tools = fields.strings(root, "", "allowed_tools", template);
        for (int i = 0; i < tools.size(); i++) {
            if (!TOOL.matcher(tools.get(i)).matches()) {
                problems.add(
                        "/allowed_tools/" + i,
                        "'" + tools.get(i) + "' is not a namespaced tool name; write extension__tool, for example"
                                + " developer__read_file, or extension__* for all of an extension's tools");
            }
        }
        return tools;
    }

    RecipeSettings settings(ObjectNode root) {
        JsonNode section = root.get("settings");
        if (section == null || section.isNull()) {
            return RecipeSettings.NONE;
        }
        Optional<ObjectNode> node = fields.mapping(section, "/settings", SETTINGS);
        if (node.isEmpty()) {
            return RecipeSettings.NONE;
        }
        ObjectNode settings = node.get();
        OptionalDouble temperature = OptionalDouble.empty();
        JsonNode value = settings.get("temperature");
        if (value != null && !value.isNull()) {
            if (value.isNumber() && value.asDouble() >= 0 && value.asDouble() <= 2) {
                temperature = OptionalDouble.of(value.asDouble());
            } else {
                problems.add("/settings/temperature", "must be a number from 0 to 2, but is " + Fields.describe(value));
            }
        }
        Optional<Integer> maxTurns = fields.integer(settings, "/settings", "max_turns", 1);
        return new RecipeSettings(
                fields.text(settings, "/settings", "goose_provider")
                        .map(text -> template.render(text, "/settings/goose_provider")),
                fields.text(settings, "/settings", "goose_model")
                        .map(text -> template.render(text, "/settings/goose_model")),
                temperature,
                maxTurns.map(OptionalInt::of).orElse(OptionalInt.empty()));
    }

    /** The response schema as JSON text, after checking that it compiles. */
    Optional<String> responseSchema(ObjectNode root) {
        JsonNode section = root.get("response");
        if (section == null || section.isNull()) {
            return Optional.empty();
        }
        Optional<ObjectNode> node = fields.mapping(section, "/response", RESPONSE);
        JsonNode schema = node.map(response -> response.get("json_schema")).orElse(null);
        if (node.isPresent() && (schema == null || !schema.isObject())) {
            problems.add("/response/json_schema", "must be a JSON Schema mapping, but is " + Fields.describe(schema));
            return Optional.empty();
        }
        if (schema == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(SchemaFinalOutput.of(schema.toString()).spec().inputSchema());
        } catch (IllegalArgumentException e) {
            problems.add("/response/json_schema", e.getMessage());
            return Optional.empty();
        }
    }

    Optional<RetryConfig> retry(ObjectNode root) {
        JsonNode section = root.get("retry");
        if (section == null || section.isNull()) {
            return Optional.empty();
        }
        Optional<ObjectNode> node = fields.mapping(section, "/retry", RETRY);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode retry = node.get();
        Optional<Integer> maxRetries = fields.integer(retry, "/retry", "max_retries", 0);
        if (!retry.has("max_retries")) {
            problems.add("/retry", "'max_retries' is required: how many times to run again when a check fails");
        }
        List<String> checks = new ArrayList<>();
        List<JsonNode> items = fields.list(retry, "/retry", "checks");
        if (items.isEmpty()) {
            problems.add("/retry" + (retry.has("checks") ? "/checks" : ""), "needs at least one check under 'checks'");
        }
        for (int i = 0; i < items.size(); i++) {
            String at = "/retry/checks/" + i;
            fields.mapping(items.get(i), at, CHECK).ifPresent(check -> {
                String type = fields.text(check, at, "type").orElse("shell");
                if (!type.equals("shell")) {
                    problems.add(at + "/type", "'" + type + "' is not supported; the only check type is shell");
                }
                String command = fields.required(check, at, "command", "the shell command that must exit with 0");
                checks.add(template.render(command, at + "/command"));
            });
        }
        Optional<String> onFailure =
                fields.text(retry, "/retry", "on_failure").map(text -> template.render(text, "/retry/on_failure"));
        Optional<Integer> timeout = fields.integer(retry, "/retry", "timeout_seconds", 1);
        Optional<Integer> onFailureTimeout = fields.integer(retry, "/retry", "on_failure_timeout_seconds", 1);
        if (maxRetries.isEmpty() || checks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RetryConfig(
                maxRetries.get(),
                checks,
                onFailure,
                timeout.map(Duration::ofSeconds).orElse(RetryConfig.DEFAULT_TIMEOUT),
                onFailureTimeout.map(Duration::ofSeconds).orElse(RetryConfig.DEFAULT_ON_FAILURE_TIMEOUT)));
    }
}
