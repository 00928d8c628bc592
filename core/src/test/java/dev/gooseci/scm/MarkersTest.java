package dev.gooseci.scm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkersTest {
    @Test
    void shouldFindTheFingerprintAnywhereInACommentBody() {
        String body = "**[major] Null check missing**\n\nDetails.\n\n" + Markers.finding("0123456789abcdef0123");

        assertThat(Markers.fingerprintIn(body)).contains("0123456789abcdef0123");
        assertThat(Markers.isSummary(body)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"a plain human comment", "<!-- goose-ci:finding XYZ -->", "<!-- goose-ci:finding 123 -->"})
    void shouldNotMistakeOtherCommentsForOurs(String body) {
        assertThat(Markers.fingerprintIn(body)).isEmpty();
    }

    @Test
    void shouldRecordTheReviewedHeadInTheSummaryMarker() {
        String body = "## Goose CI review\n" + Markers.summary("abc1234def");

        assertThat(Markers.isSummary(body)).isTrue();
        assertThat(Markers.reviewedHead(body)).contains("abc1234def");
    }

    @Test
    void shouldRejectAFingerprintThatIsNotHex() {
        assertThatThrownBy(() -> Markers.finding("--> <script>")).hasMessageContaining("hex");
    }

    @Test
    void shouldFindEveryFingerprintInAReviewBody() {
        String body = "- one <!-- goose-ci:finding 0123456789abcdef0123 -->\n- two <!-- goose-ci:finding"
                + " 00000000000000000001 -->";

        assertThat(Markers.fingerprintsIn(body)).containsExactly("0123456789abcdef0123", "00000000000000000001");
        assertThat(Markers.fingerprintsIn(null)).isEmpty();
    }
}
