package dev.gooseci.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.report.Severity;
import dev.gooseci.testgen.LandingMode;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionInputsTest {

    @Test
    void shouldReadInputsByTheirUpperCasedDashedVariables() {
        // given
        Map<String, String> env = Map.of(
                "INPUT_API-KEY", "sk-test",
                "INPUT_FAIL-ON", "major",
                "INPUT_MAX-TURNS", "12",
                "INPUT_MAX-COST", "0.50",
                "INPUT_POST", "check",
                "INPUT_INCREMENTAL", "true",
                "INPUT_ALLOWED-USERS", "Alice, bob",
                "INPUT_PROVIDER", " anthropic ");

        // when
        ActionInputs inputs = ActionInputs.read(env);

        // then
        assertThat(inputs.apiKey().orElseThrow().reveal()).isEqualTo("sk-test");
        assertThat(inputs.gate().failOn()).contains(Severity.MAJOR);
        assertThat(inputs.maxTurns().getAsInt()).isEqualTo(12);
        assertThat(inputs.maxCost()).contains(new BigDecimal("0.50"));
        assertThat(inputs.post()).isEqualTo(Post.CHECK);
        assertThat(inputs.incremental()).isTrue();
        assertThat(inputs.allowedUsers()).containsExactlyInAnyOrder("alice", "bob");
        assertThat(inputs.provider()).contains("anthropic");
        assertThat(inputs.mode()).isEqualTo(Mode.REVIEW);
        assertThat(inputs.githubToken()).isEmpty();
        assertThat(inputs.landing()).isEqualTo(LandingMode.FOLLOW_UP);
    }

    @ParameterizedTest
    @CsvSource({"push, PUSH", "Follow-Up, FOLLOW_UP", "off, OFF"})
    void shouldReadTheLanding(String value, LandingMode landing) {
        assertThat(ActionInputs.read(Map.of("INPUT_LANDING", value)).landing()).isEqualTo(landing);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "INPUT_MAX-TURNS|0|input 'max-turns' must be a whole number above 0",
                "INPUT_MAX-COST|free|input 'max-cost' must be a positive amount of US dollars",
                "INPUT_POST|slack|input 'post' must be review, comment, check or none, was 'slack'",
                "INPUT_INCREMENTAL|yes|input 'incremental' must be true or false, was 'yes'",
                "INPUT_MODE|fix|input 'mode' must be review or generate-tests, was 'fix'",
                "INPUT_FAIL-ON|severe|input 'fail-on':",
                "INPUT_LANDING|merge|input 'landing' must be push, follow-up or off, was 'merge'",
            })
    void shouldNameTheBadInput(String variable, String value, String message) {
        assertThatThrownBy(() -> ActionInputs.read(Map.of(variable, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void shouldTakeTheTokenFromGithubTokenWhenTheInputIsBlank() {
        assertThat(ActionInputs.read(Map.of("INPUT_GITHUB-TOKEN", " ", "GITHUB_TOKEN", "ghs_x"))
                        .githubToken()
                        .orElseThrow()
                        .reveal())
                .isEqualTo("ghs_x");
    }
}
