package dev.gooseci.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.agent.SchemaFinalOutput;
import dev.gooseci.diff.Side;
import dev.gooseci.provider.Json;
import dev.gooseci.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The final output a review unit ends with: {@code {"findings": [...]}}. The schema is kept small because it is sent
 * on every turn; lines count in the new file unless {@code side} is {@code LEFT}.
 */
final class FindingSchema {
    /** Confidence of a finding that states none: neither sure nor doubtful. */
    static final double DEFAULT_CONFIDENCE = 0.5;

    static final String SCHEMA = "{\"type\":\"object\",\"required\":[\"findings\"],\"additionalProperties\":false,"
            + "\"properties\":{\"findings\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
            + "\"required\":[\"path\",\"severity\",\"category\",\"title\"],\"additionalProperties\":false,"
            + "\"properties\":{"
            + "\"path\":{\"type\":\"string\",\"minLength\":1},"
            + "\"start_line\":{\"type\":\"integer\",\"minimum\":1},"
            + "\"line\":{\"type\":\"integer\",\"minimum\":1},"
            + "\"side\":{\"enum\":[\"RIGHT\",\"LEFT\"]},"
            + "\"severity\":{\"enum\":[\"info\",\"minor\",\"major\",\"critical\",\"blocker\"]},"
            + "\"category\":{\"type\":\"string\",\"minLength\":1},"
            + "\"title\":{\"type\":\"string\",\"minLength\":1},"
            + "\"body\":{\"type\":\"string\"},"
            + "\"suggestion\":{\"type\":\"string\"},"
            + "\"confidence\":{\"type\":\"number\",\"minimum\":0,\"maximum\":1}}}}}}";

    static final String DESCRIPTION = "Report your findings once, at the end; an empty list when there are none."
            + " line: the new-file number shown in the diff (omit it for a whole-file finding); start_line..line for"
            + " a range; side LEFT only for a removed line, with its old number. suggestion: replacement text for"
            + " the lines.";

    private FindingSchema() {}

    static SchemaFinalOutput finalOutput() {
        return new SchemaFinalOutput(SCHEMA, DESCRIPTION);
    }

    /** The findings of an answer that {@link #finalOutput()} has validated. */
    static List<RawFinding> parse(String answer) {
        JsonNode root = Json.parse(answer, "the review's final output");
        List<RawFinding> findings = new ArrayList<>();
        for (JsonNode f : root.path("findings")) {
            findings.add(new RawFinding(
                    f.path("path").asText(),
                    integer(f, "start_line"),
                    integer(f, "line"),
                    "LEFT".equals(f.path("side").asText()) ? Side.LEFT : Side.RIGHT,
                    Severity.parse(f.path("severity").asText()),
                    f.path("category").asText().strip().toLowerCase(Locale.ROOT),
                    f.path("title").asText().strip(),
                    f.path("body").asText(""),
                    f.hasNonNull("suggestion") ? Optional.of(f.get("suggestion").asText()) : Optional.empty(),
                    f.hasNonNull("confidence") ? f.get("confidence").asDouble() : DEFAULT_CONFIDENCE));
        }
        return findings;
    }

    private static Optional<Integer> integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asInt()) : Optional.empty();
    }
}
