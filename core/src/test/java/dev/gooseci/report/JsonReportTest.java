package dev.gooseci.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Cost;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.Usage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    private final JsonReport writer = new JsonReport(new ToolInfo("goose-ci", "1.2.3", Optional.empty()));

    @Test
    void shouldWriteTheDocumentedFormat() {
        // when
        String json = writer.render(SampleReport.report());

        // then
        assertThat(json).isEqualTo(Fixtures.read(getClass(), "goose-review.json"));
    }

    @Test
    void shouldWriteNullForUnknownCostAndAbsentGate() {
        // given
        ReviewRun run = new ReviewRun("a", "b", "ollama", "qwen3", Usage.ZERO, Cost.UNKNOWN, Duration.ZERO);
        ReviewReport report = new ReviewReport(List.of(), List.of(), run, QualityGate.NONE);

        // when
        JsonNode json = Json.parse(writer.render(report), "goose-review.json");

        // then
        assertThat(json.at("/run/cost_usd").isNull()).isTrue();
        assertThat(json.at("/gate/fail_on").isNull()).isTrue();
        assertThat(json.at("/gate/passed").asBoolean()).isTrue();
        assertThat(json.at("/counts/total").asInt()).isZero();
        assertThat(json.get("findings")).isEmpty();
    }
}
