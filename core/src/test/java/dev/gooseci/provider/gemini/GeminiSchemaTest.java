package dev.gooseci.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.provider.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeminiSchemaTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"$schema": "x", "type": "object", "additionalProperties": false, "properties": {"a": {"type": "string"}}} | {"type": "object", "properties": {"a": {"type": "string"}}}
            {"type": "array", "items": {"$ref": "#/$defs/path", "type": "string", "const": "x"}}                          | {"type": "array", "items": {"type": "string"}}
            {"type": ["integer", "null"], "minimum": 1, "exclusiveMaximum": 10}                                             | {"type": "integer", "nullable": true, "minimum": 1}
            {"anyOf": [{"type": "string", "pattern": "^a"}, {"type": "object", "patternProperties": {}}]}                  | {"anyOf": [{"type": "string", "pattern": "^a"}, {"type": "object"}]}
            {"type": "string", "description": "a property called type", "properties": {"type": {"type": "string", "title": "t"}}} | {"type": "string", "description": "a property called type", "properties": {"type": {"type": "string", "title": "t"}}}
            """)
    void shouldKeepOnlyTheKeysGeminiAccepts(String schema, String expected) {
        // when
        var cleaned = GeminiSchema.clean(Json.parse(schema, "schema"));

        // then
        assertThat(cleaned).isEqualTo(Json.parse(expected, "expected"));
    }

    @Test
    void shouldTreatAnObjectWithoutPropertiesAsNoParameters() {
        // given
        var empty = GeminiSchema.clean(Json.parse("{\"type\": \"object\", \"properties\": {}}", "schema"));
        var some = GeminiSchema.clean(Json.parse("{\"type\": \"object\", \"properties\": {\"a\": {}}}", "schema"));

        // then
        assertThat(GeminiSchema.isEmptyObject(empty)).isTrue();
        assertThat(GeminiSchema.isEmptyObject(some)).isFalse();
    }
}
