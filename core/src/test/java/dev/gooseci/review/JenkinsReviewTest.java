package dev.gooseci.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.ci.BuildResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JenkinsReviewTest {

    @ParameterizedTest(name = "{0} with gate result {1} -> {2}")
    @CsvSource({
        "GATE_FAILED, UNSTABLE, UNSTABLE",
        "GATE_FAILED, FAILURE, FAILURE",
        "PROVIDER_FAILED, UNSTABLE, FAILURE",
        "INCOMPLETE, FAILURE, UNSTABLE",
        "PASSED, FAILURE, SUCCESS",
        "NOTHING_TO_REVIEW, FAILURE, SUCCESS",
        "DRY_RUN, FAILURE, SUCCESS"
    })
    void shouldMapTheReviewToABuildResult(ReviewJob.Status status, BuildResult onGate, BuildResult expected) {
        assertThat(JenkinsReview.result(status, onGate)).isEqualTo(expected);
    }
}
