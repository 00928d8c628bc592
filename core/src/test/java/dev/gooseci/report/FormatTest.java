package dev.gooseci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "markdown, MARKDOWN, report.md",
        "sarif, SARIF, goose.sarif",
        "codequality, CODE_QUALITY, gl-code-quality-report.json",
        "checkstyle, CHECKSTYLE, checkstyle-result.xml",
        "json, JSON, goose-review.json",
        "' SARIF ', SARIF, goose.sarif"
    })
    void shouldParseFormatNamesAndNameTheirFiles(String text, Format expected, String fileName) {
        assertThat(Format.parse(text)).isEqualTo(expected);
        assertThat(expected.fileName()).isEqualTo(fileName);
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "gitlab", "code-quality"})
    void shouldListTheKnownFormatsWhenAFormatIsUnknown(String text) {
        assertThatThrownBy(() -> Format.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format '" + text
                        + "': use one or more of markdown, sarif, codequality, checkstyle, json, separated by commas");
    }

    @Test
    void shouldParseACommaSeparatedList() {
        assertThat(Format.parseList("sarif, markdown,,sarif")).containsExactly(Format.MARKDOWN, Format.SARIF);
    }

    @Test
    void shouldRejectAListWithAnUnknownOrNoFormat() {
        assertThatThrownBy(() -> Format.parseList("markdown,pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown report format 'pdf'");
        assertThatThrownBy(() -> Format.parseList(" , "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no report format given: use one or more of markdown, sarif, codequality, checkstyle, json,"
                        + " separated by commas");
    }
}
