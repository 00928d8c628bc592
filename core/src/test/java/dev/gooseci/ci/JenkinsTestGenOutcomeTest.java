package dev.gooseci.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JenkinsTestGenOutcomeTest {

    @Test
    void shouldCrossTheChannelAsStringsAndBack() {
        JenkinsTestGenOutcome outcome = new JenkinsTestGenOutcome(
                BuildResult.SUCCESS,
                "proposed 3 -> compiled 3 -> passed 2 -> stable 2 -> new coverage 2 -> kept 2",
                2,
                List.of("src/test/java/com/x/AGooseTest.java", "src/test/java/com/x/BGooseTest.java"),
                "2 tests kept");

        String[] strings = outcome.toStrings();

        assertThat(strings)
                .containsExactly(
                        "SUCCESS",
                        "proposed 3 -> compiled 3 -> passed 2 -> stable 2 -> new coverage 2 -> kept 2",
                        "2",
                        "2 tests kept",
                        "src/test/java/com/x/AGooseTest.java",
                        "src/test/java/com/x/BGooseTest.java");
        assertThat(JenkinsTestGenOutcome.fromStrings(strings)).isEqualTo(outcome);
    }

    @Test
    void shouldCarryAStoppedRunWithoutFiles() {
        JenkinsTestGenOutcome stopped = JenkinsTestGenOutcome.stopped(BuildResult.FAILURE, "the build cannot run");

        assertThat(JenkinsTestGenOutcome.fromStrings(stopped.toStrings())).isEqualTo(stopped);
        assertThat(stopped.kept()).isZero();
        assertThat(stopped.files()).isEmpty();
    }

    @Test
    void shouldRejectATruncatedOutcome() {
        assertThatThrownBy(() -> JenkinsTestGenOutcome.fromStrings(new String[] {"SUCCESS", ""}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 4 values");
    }
}
