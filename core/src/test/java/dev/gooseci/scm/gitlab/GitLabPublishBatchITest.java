package dev.gooseci.scm.gitlab;

import static dev.gooseci.scm.gitlab.FakeGitLab.MR;
import static dev.gooseci.scm.gitlab.GitLabPublisherITest.INLINE_ONLY;
import static dev.gooseci.scm.gitlab.GitLabPublisherITest.publish;
import static dev.gooseci.scm.gitlab.Samples.ADDED;
import static dev.gooseci.scm.gitlab.Samples.CACHE;
import static dev.gooseci.scm.gitlab.Samples.CONTEXT;
import static dev.gooseci.scm.gitlab.Samples.NEW_NAME;
import static dev.gooseci.scm.gitlab.Samples.REMOVED;
import static dev.gooseci.scm.gitlab.Samples.RENAMED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.diff.Side;
import dev.gooseci.provider.Json;
import dev.gooseci.report.Finding;
import dev.gooseci.report.Severity;
import dev.gooseci.scm.Markers;
import dev.gooseci.scm.PublishedReview;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One batch per review: drafts, one bulk publish, suggestions, rejected positions, rate limits and pages. */
class GitLabPublishBatchITest {
    final List<Duration> sleeps = new ArrayList<>();
    FakeGitLab gitlab;
    GitLabApi api;

    @BeforeEach
    void start() throws Exception {
        gitlab = GitLabPublisherITest.fake();
        api = GitLabPublisherITest.api(gitlab, sleeps);
    }

    @AfterEach
    void stop() {
        gitlab.close();
    }

    List<String> draftNotes() {
        return gitlab.requests("POST", MR + "/draft_notes").stream()
                .map(e -> e.body().get("note").asText())
                .toList();
    }

    @Test
    void shouldCreateDraftsAndPublishThemOnce() {
        // when
        PublishedReview review = publish(api, INLINE_ONLY, ADDED, REMOVED, CONTEXT, RENAMED);

        // then
        assertThat(gitlab.requests("POST", MR + "/draft_notes")).hasSize(4);
        List<FakeGitLab.Exchange> bulk = gitlab.requests("POST", MR + "/draft_notes/bulk_publish");
        assertThat(bulk).hasSize(1);
        assertThat(bulk.get(0).body()).isEqualTo(Json.object());
        assertThat(gitlab.requests("POST", MR + "/discussions")).isEmpty();
        assertThat(gitlab.drafts).isEmpty();
        assertThat(review.posted()).isEqualTo(4);
        assertThat(review.alreadyThere()).isZero();
    }

    @Test
    void shouldReplaceLinesBelowTheFirstLineOfAMultiLineSuggestion() {
        // given: new lines 13-14 are both added
        Finding finding = Samples.finding(
                CACHE, 13, 14, Side.RIGHT, Severity.CRITICAL, "Stream leaks", "try (var in = open(p)) {");

        // when
        publish(api, INLINE_ONLY, finding);

        // then
        JsonNode draft = gitlab.requests("POST", MR + "/draft_notes").get(0).body();
        assertThat(draft.get("position").get("new_line").asInt()).isEqualTo(13);
        assertThat(draft.get("note").asText())
                .isEqualTo("**Critical** · correctness · Stream leaks\n\nLines 13–14.\n\nWhy: stream leaks.\n\n"
                        + "```suggestion:-0+1\ntry (var in = open(p)) {\n```\n\n"
                        + Markers.finding(finding.fingerprint()));
    }

    @Test
    void shouldAnchorOnTheLastLineWhenTheFirstIsOutsideTheHunk() {
        // given: new line 8 is above the hunk, which starts at new line 10
        Finding finding = Samples.finding(CACHE, 8, 10, Side.RIGHT, Severity.MAJOR, "Field is mutable", "final");

        // when
        publish(api, INLINE_ONLY, finding);

        // then
        JsonNode draft = gitlab.requests("POST", MR + "/draft_notes").get(0).body();
        assertThat(draft.get("position").get("new_line").asInt()).isEqualTo(10);
        assertThat(draft.get("position").get("old_line").asInt()).isEqualTo(10);
        assertThat(draft.get("note").asText()).contains("```suggestion:-2+0\nfinal\n```");
    }

    @Test
    void shouldPostRejectedPositionAsNoteWithoutPositionAndPublishTheRest() {
        // given
        gitlab.rejectPositions(position -> position.path("new_path").asText().equals(NEW_NAME));

        // when
        PublishedReview review = publish(api, INLINE_ONLY, ADDED, RENAMED);

        // then
        List<FakeGitLab.Exchange> posts = gitlab.requests("POST", MR + "/draft_notes");
        assertThat(posts).hasSize(3);
        JsonNode fallback = posts.stream()
                .map(FakeGitLab.Exchange::body)
                .filter(body -> !body.has("position"))
                .findFirst()
                .orElseThrow();
        assertThat(fallback.get("note").asText())
                .startsWith("**Minor** · correctness · Name hides the role\n\n`" + NEW_NAME + "`, line 3\n\n")
                .endsWith(Markers.finding(RENAMED.fingerprint()));
        assertThat(gitlab.requests("POST", MR + "/draft_notes/bulk_publish")).hasSize(1);
        assertThat(review.posted()).isEqualTo(1);
        assertThat(review.fileLevel()).isEqualTo(1);
        assertThat(ourDiscussions()).hasSize(2);
    }

    @Test
    void shouldWaitAsToldAfterRateLimitAndCarryOn() {
        // given
        gitlab.failOnce(
                "GET",
                MR + "/discussions",
                new MockResponse.Builder()
                        .code(429)
                        .addHeader("Retry-After", "7")
                        .body("{\"message\":\"429 Too Many Requests\"}")
                        .build());

        // when
        PublishedReview review = publish(api, INLINE_ONLY, ADDED);

        // then
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
        assertThat(gitlab.requests("GET", MR + "/discussions")).hasSize(2);
        assertThat(review.posted()).isEqualTo(1);
    }

    @Test
    void shouldReadEveryPageOfDiscussionsAndDrafts() {
        // given: two items a page; the fixture already holds three discussions of other people
        gitlab.pageSize(2);
        publish(api, INLINE_ONLY, ADDED, REMOVED, CONTEXT);
        gitlab.exchanges.clear();

        // when
        PublishedReview again = publish(api, INLINE_ONLY, ADDED, REMOVED, CONTEXT);

        // then
        assertThat(again.alreadyThere()).isEqualTo(3);
        assertThat(again.posted()).isZero();
        assertThat(gitlab.requests("GET", MR + "/discussions"))
                .extracting(FakeGitLab.Exchange::query)
                .containsExactly("per_page=100", "per_page=100&page=2", "per_page=100&page=3");
        assertThat(gitlab.requests("GET", MR + "/diffs")).hasSize(2);
    }

    List<JsonNode> ourDiscussions() {
        return gitlab.discussions.stream()
                .map(d -> (JsonNode) d)
                .filter(d -> Markers.fingerprintIn(
                                d.path("notes").path(0).path("body").asText())
                        .isPresent())
                .toList();
    }
}
