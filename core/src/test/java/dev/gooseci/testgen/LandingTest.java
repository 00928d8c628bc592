package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The landing decision as a table: fork or not, the host's mode, labels and the bot's own branches and commits. */
class LandingTest {

    @ParameterizedTest(name = "fork={0} branch={1} mode={2} label={3} bot={4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            false | feature/a          | PUSH      | ''               | false | PUSH      | feature/a               | false | pushing to the source branch feature/a
            true  | feature/a          | PUSH      | ''               | false | FOLLOW_UP | goose-ci/tests-for-42   | true  | lives in a fork
            false | feature/a          | FOLLOW_UP | ''               | false | FOLLOW_UP | goose-ci/tests-for-42   | true  | does not allow pushing
            true  | feature/a          | FOLLOW_UP | ''               | false | FOLLOW_UP | goose-ci/tests-for-42   | true  | lives in a fork
            false | feature/a          | OFF       | ''               | false | NONE      | ''                      | false | landing is off
            true  | feature/a          | OFF       | ''               | false | NONE      | ''                      | false | landing is off
            false | feature/a          | PUSH      | goose:skip-tests | false | SKIP      | ''                      | false | has the label goose:skip-tests
            true  | feature/a          | OFF       | goose:skip-tests | false | SKIP      | ''                      | false | has the label goose:skip-tests
            false | feature/a          | PUSH      | bug              | false | PUSH      | feature/a               | false | pushing to the source branch
            false | goose-ci/tests-for-7 | PUSH    | ''               | false | SKIP      | ''                      | false | Goose CI's own follow-up branch
            false | feature/a          | PUSH      | ''               | true  | SKIP      | ''                      | false | Goose CI's own tests commit
            """)
    void shouldDecideWhereTheTestsGo(
            boolean fork,
            String branch,
            LandingMode mode,
            String label,
            boolean bot,
            Landing.Kind kind,
            String pushTo,
            boolean force,
            String reason) {
        Set<String> labels = label.isEmpty() ? Set.of() : Set.of(label, "review");
        LandingFacts facts = new LandingFacts(fork, branch, 42, "0123abcd", labels, bot, mode);

        Landing landing = Landing.decide(facts);

        assertThat(landing.kind()).isEqualTo(kind);
        assertThat(landing.branch()).isEqualTo(pushTo.isEmpty() ? Optional.empty() : Optional.of(pushTo));
        assertThat(landing.force()).isEqualTo(force);
        assertThat(landing.reason()).contains(reason);
    }

    @ParameterizedTest
    @CsvSource({"push,PUSH", "PUSH,PUSH", "follow-up,FOLLOW_UP", "follow_up,FOLLOW_UP", "off,OFF", " Off ,OFF"})
    void shouldReadTheHostSetting(String value, LandingMode expected) {
        assertThat(LandingMode.parse(value, "GOOSE_TESTS_LANDING")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"yes", "force", "''"})
    void shouldSayWhichValuesTheSettingTakes(String value) {
        assertThatThrownBy(() -> LandingMode.parse(value, "GOOSE_TESTS_LANDING"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GOOSE_TESTS_LANDING must be push, follow-up or off");
    }

    @ParameterizedTest
    @CsvSource({"0", "-3"})
    void shouldRefuseANumberThatIsNotAChangeRequest(long number) {
        assertThatThrownBy(() -> new LandingFacts(false, "a", number, "sha", Set.of(), false, LandingMode.PUSH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is positive");
    }
}
