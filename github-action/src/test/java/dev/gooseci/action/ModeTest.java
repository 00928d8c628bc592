package dev.gooseci.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModeTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "/goose review                    | REVIEW",
                "/goose tests                     | GENERATE_TESTS",
                "'  /goose review'                | REVIEW",
                "/goose review please, the DAO    | REVIEW",
                "/goose\treview                   | REVIEW",
                "/goose tests for UserDao         | GENERATE_TESTS",
                "/goose reviewer                  | none",
                "/goose                           | none",
                "/goose help                      | none",
                "/GOOSE review                    | none",
                "please /goose review             | none",
                "> /goose review                  | none",
            })
    void shouldReadTheModeFromTheCommandAtTheStartOfAComment(String body, Mode expected) {
        // when
        Optional<Mode> mode = Mode.ofComment(body.replace("\\t", "\t"));

        // then
        assertThat(mode).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource({"review, REVIEW", "generate-tests, GENERATE_TESTS", "' Review ', REVIEW"})
    void shouldReadTheModeInput(String value, Mode expected) {
        assertThat(Mode.ofInput(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"tests", "fix", "''"})
    void shouldNameTheModeInputAndItsValuesWhenItIsUnknown(String value) {
        assertThatThrownBy(() -> Mode.ofInput(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("input 'mode' must be review or generate-tests, was '" + value + "'");
    }
}
