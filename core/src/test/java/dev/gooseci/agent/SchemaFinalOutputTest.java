package dev.gooseci.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.provider.Json;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaFinalOutputTest {
    private static final String FINDINGS = "{\"type\":\"object\",\"required\":[\"findings\"],"
            + "\"additionalProperties\":false,\"properties\":{\"findings\":{\"type\":\"array\",\"items\":"
            + "{\"type\":\"object\",\"required\":[\"line\"],\"properties\":{\"line\":{\"type\":\"integer\"},"
            + "\"severity\":{\"enum\":[\"low\",\"high\"]}}}}}}";

    private final SchemaFinalOutput output = SchemaFinalOutput.of(FINDINGS);

    @Test
    void shouldOfferTheSchemaAsTheFinalOutputToolsParameters() {
        assertThat(output.spec().name()).isEqualTo("final_output");
        assertThat(Json.parse(output.spec().inputSchema(), "schema")).isEqualTo(Json.parse(FINDINGS, "schema"));
    }

    @Test
    void shouldAcceptAValidAnswer() {
        assertThat(output.validate("{\"findings\":[{\"line\":3,\"severity\":\"high\"}]}"))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"findings\":[{\"line\":\"3\"}]}|$.findings[0].line: string found, integer expected",
                "{}|$: required property 'findings' not found",
                "{\"findings\":[{\"line\":1,\"severity\":\"meh\"}]}"
                        + "|$.findings[0].severity: does not have a value in the enumeration [\"low\", \"high\"]",
                "{\"findings\":[],\"extra\":1}"
                        + "|$: property 'extra' is not defined in the schema and the schema does not allow additional"
                        + " properties",
                "{\"findings\":[{}, {\"line\":2.5}]}"
                        + "|$.findings[0]: required property 'line' not found; $.findings[1].line: number found,"
                        + " integer expected",
                "{\"findings\": [|the arguments are not valid JSON (the parser stopped at line 1, column 15); send"
                        + " one JSON object that matches the schema"
            })
    void shouldExplainWhatIsWrongWithAnInvalidAnswer(String answer, String errors) {
        assertThat(output.validate(answer)).isEqualTo(Optional.of(errors));
    }

    @Test
    void shouldCapTheNumberOfErrorsReported() {
        StringBuilder many = new StringBuilder("{\"findings\":[");
        for (int i = 0; i < 25; i++) {
            many.append(i == 0 ? "" : ",").append("{\"line\":\"x\"}");
        }

        String errors = output.validate(many.append("]}").toString()).orElseThrow();

        assertThat(errors)
                .contains("$.findings[19].line")
                .doesNotContain("$.findings[20]")
                .endsWith("; and 5 more");
    }

    @Test
    void shouldRefuseASchemaThatIsNotAnObjectSchema() {
        assertThatThrownBy(() -> SchemaFinalOutput.of("{\"type\":\"array\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"type\": \"object\" at its root");
        assertThatThrownBy(() -> SchemaFinalOutput.of("{type"))
                .hasMessageStartingWith("the response schema is not valid JSON");
    }

    @Test
    void shouldNeverFetchARemoteReference() {
        assertThatThrownBy(() -> SchemaFinalOutput.of(
                        "{\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"http://127.0.0.1:9/schema.json\"}}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the response schema cannot be used");
    }
}
