package dev.gooseci.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnotationsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "50% done|50%25 done",
                "a\\nb|a%0Ab",
                "a\\r\\nb|a%0D%0Ab",
                "file.java:3, col 4|file.java:3, col 4",
            })
    void shouldEscapeMessageData(String text, String expected) {
        assertThat(Annotations.data(text.replace("\\n", "\n").replace("\\r", "\r")))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "src/A.java|src/A.java",
                "[major] a: b, c|[major] a%3A b%2C c",
                "100%|100%25",
                "x\\ny|x%0Ay",
            })
    void shouldEscapePropertiesAlsoEscapingColonAndComma(String text, String expected) {
        assertThat(Annotations.property(text.replace("\\n", "\n"))).isEqualTo(expected);
    }
}
