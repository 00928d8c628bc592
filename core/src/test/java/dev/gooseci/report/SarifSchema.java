package dev.gooseci.report;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.gooseci.provider.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON schema, as Microsoft's SARIF multitool ships it ({@code sarif-2.1.0.json} in the npm
 * package {@code @microsoft/sarif-multitool-linux} 5.7.0, copied unchanged; sha256
 * {@code 1c49a0f2b60444c71bb14878e21e0d882198eff4c539861b133093ad89ed798c}). That copy is the OASIS schema restated for
 * JSON Schema draft 2020-12, which the networknt validator reads; formats such as {@code uri-reference} are asserted.
 */
final class SarifSchema {
    private static final Schema SCHEMA = load();

    private SarifSchema() {}

    /** The schema violations of {@code sarif}, one line each; empty when it is valid. */
    static List<String> violations(String sarif) {
        List<Error> errors = SCHEMA.validate(Json.parse(sarif, "SARIF log"));
        return errors.stream().map(Error::toString).toList();
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .build()));
        try (InputStream in = SarifSchema.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException("sarif-schema-2.1.0.json is missing from the test resources");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
