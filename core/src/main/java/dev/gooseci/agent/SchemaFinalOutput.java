package dev.gooseci.agent;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.gooseci.provider.Json;
import dev.gooseci.tool.ToolSpec;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A final output checked against a JSON Schema (draft 2020-12 unless the schema names another). Errors read as
 * {@code $.findings[0].line: string found, integer expected}, so that the model can fix exactly what was wrong.
 * Remote {@code $ref}s are never fetched: a run must not reach out to the network because a schema says so.
 * Instances are immutable and thread-safe.
 */
public final class SchemaFinalOutput implements FinalOutput {
    /** How many errors one answer reports at most; more would only crowd the model's context. */
    static final int MAX_ERRORS = 20;

    private static final String DEFAULT_DESCRIPTION =
            "Finish the task by calling this tool once with your final answer as its arguments.";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .pathType(PathType.JSON_PATH)
                            .locale(Locale.ROOT)
                            .build())
                    .schemaLoader(loader -> loader.fetchRemoteResources(false)));

    private final ToolSpec spec;
    private final Schema schema;

    /**
     * @param schemaJson a JSON Schema whose root is {@code "type": "object"} (providers take only object parameters)
     * @param description what the model is told the tool is for
     * @throws IllegalArgumentException when the schema is not valid JSON, not an object schema, or cannot be compiled
     */
    public SchemaFinalOutput(String schemaJson, String description) {
        requireNonNull(schemaJson, "schemaJson");
        requireNonNull(description, "description");
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(schemaJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the response schema is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null
                || !node.isObject()
                || !"object".equals(node.path("type").asText())) {
            throw new IllegalArgumentException(
                    "the response schema must be a JSON Schema object with \"type\": \"object\" at its root");
        }
        try {
            this.schema = REGISTRY.getSchema(node);
            this.schema.initializeValidators();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the response schema cannot be used: " + e.getMessage(), e);
        }
        this.spec = new ToolSpec(TOOL_NAME, description, Json.write(node));
    }

    /** A final output for {@code schemaJson} with the default tool description. */
    public static SchemaFinalOutput of(String schemaJson) {
        return new SchemaFinalOutput(schemaJson, DEFAULT_DESCRIPTION);
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public Optional<String> validate(String json) {
        JsonNode answer;
        try {
            answer = json.isBlank() ? Json.object() : Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            return Optional.of("the arguments are not valid JSON (the parser stopped" + where
                    + "); send one JSON object that matches the schema");
        }
        List<Error> errors;
        try {
            errors = schema.validate(answer);
        } catch (RuntimeException e) {
            return Optional.of("the answer could not be checked against the schema: " + e.getMessage());
        }
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        String shown = errors.stream().limit(MAX_ERRORS).map(Error::toString).collect(Collectors.joining("; "));
        int hidden = errors.size() - MAX_ERRORS;
        return Optional.of(hidden > 0 ? shown + "; and " + hidden + " more" : shown);
    }
}
