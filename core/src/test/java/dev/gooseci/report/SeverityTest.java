package dev.gooseci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SeverityTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "info, INFO",
        "minor, MINOR",
        "major, MAJOR",
        "critical, CRITICAL",
        "blocker, BLOCKER",
        "' Major ', MAJOR"
    })
    void shouldParseLowerCaseNames(String text, Severity expected) {
        assertThat(Severity.parse(text)).isEqualTo(expected);
        assertThat(expected.id()).isEqualTo(expected.name().toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "high", "warning", "none"})
    void shouldNameTheKnownSeveritiesWhenTheNameIsUnknown(String text) {
        assertThatThrownBy(() -> Severity.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown severity '" + text + "': use one of info, minor, major, critical, blocker");
    }

    @ParameterizedTest(name = "{0} at least {1}: {2}")
    @CsvSource({
        "BLOCKER, CRITICAL, true",
        "CRITICAL, CRITICAL, true",
        "MAJOR, CRITICAL, false",
        "INFO, INFO, true",
        "INFO, MINOR, false"
    })
    void shouldOrderFromInfoToBlocker(Severity severity, Severity threshold, boolean expected) {
        assertThat(severity.atLeast(threshold)).isEqualTo(expected);
    }
}
