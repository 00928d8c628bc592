package dev.gooseci.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "90s, PT1M30S",
        "30m, PT30M",
        "1h, PT1H",
        "1h30m, PT1H30M",
        "500ms, PT0.5S",
        "2d, PT48H",
        "' 45S ', PT45S",
        "PT30M, PT30M",
        "pt1h, PT1H",
        "PT0.25S, PT0.25S",
    })
    void shouldReadShortAndIsoDurations(String text, String iso) {
        // when
        Duration duration = Durations.parse(text);

        // then
        assertThat(duration).isEqualTo(Duration.parse(iso));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {"", "90", "1.5h", "ten minutes", "5 m", "m5", "PT", "P1X", "1h-30m", "99999999999999999999h"})
    void shouldRejectAnythingElseAndSayTheFormat(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageMatching(".*(90s, 30m, 1h, 1h30m, 500ms or ISO-8601 PT30M|too long).*");
    }
}
