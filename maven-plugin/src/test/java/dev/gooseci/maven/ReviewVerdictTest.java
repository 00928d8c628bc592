package dev.gooseci.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.report.QualityGate;
import dev.gooseci.review.ReviewJob;
import dev.gooseci.review.ReviewJob.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** How each way a review ends maps to the build's result: only a review that vouches for the whole change passes. */
class ReviewVerdictTest {
    static final Path PROJECT = Path.of("/work/project");
    static final List<Path> WRITTEN =
            List.of(PROJECT.resolve("target/goose/goose.sarif"), PROJECT.resolve("target/goose/report.md"));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "PROVIDER_FAILED | the model failed on some units, so part of the change was not reviewed;"
                        + " see the notes in target/goose/report.md",
                "INCOMPLETE      | stopped some units early, so part of the change was not reviewed;"
                        + " see target/goose/report.md and raise the limit"
            })
    void shouldFailTheBuildWhenPartOfTheChangeWasNotReviewed(Status status, String message) {
        ReviewJob.Outcome outcome = new ReviewJob.Outcome(status, Optional.empty(), WRITTEN);

        assertThatThrownBy(() -> ReviewVerdict.check(outcome, QualityGate.NONE, PROJECT))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @EnumSource(names = {"PASSED", "NOTHING_TO_REVIEW", "DRY_RUN"})
    void shouldLetTheBuildGoOn(Status status) {
        ReviewJob.Outcome outcome = new ReviewJob.Outcome(status, Optional.empty(), List.of());

        assertThatCode(() -> ReviewVerdict.check(outcome, QualityGate.NONE, PROJECT))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/work/project/target/goose/report.md | target/goose/report.md",
                "/elsewhere/out/goose.sarif           | /elsewhere/out/goose.sarif"
            })
    void shouldNameTheReportRelativeToTheProjectWhenInsideIt(String file, String shown) {
        assertThat(ReviewVerdict.report(List.of(Path.of(file)), PROJECT))
                .isEqualTo(Path.of(shown).toString());
    }
}
