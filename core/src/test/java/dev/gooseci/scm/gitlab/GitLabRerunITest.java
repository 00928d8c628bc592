package dev.gooseci.scm.gitlab;

import static dev.gooseci.scm.gitlab.FakeGitLab.MR;
import static dev.gooseci.scm.gitlab.GitLabPublisherITest.INLINE_ONLY;
import static dev.gooseci.scm.gitlab.GitLabPublisherITest.publish;
import static dev.gooseci.scm.gitlab.Samples.ADDED;
import static dev.gooseci.scm.gitlab.Samples.CONTEXT;
import static dev.gooseci.scm.gitlab.Samples.HEAD;
import static dev.gooseci.scm.gitlab.Samples.REMOVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import dev.gooseci.scm.Markers;
import dev.gooseci.scm.PublishOptions;
import dev.gooseci.scm.PublishedReview;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A second run finds what the first left, by the hidden markers, and never posts it twice. */
class GitLabRerunITest {
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

    @Test
    void shouldPostNothingNewOnARerun() {
        // given
        publish(api, PublishOptions.defaults(), ADDED, REMOVED, CONTEXT);
        gitlab.exchanges.clear();

        // when
        PublishedReview again = publish(api, PublishOptions.defaults(), ADDED, REMOVED, CONTEXT);

        // then
        assertThat(gitlab.exchanges).allSatisfy(e -> assertThat(e.method()).isEqualTo("GET"));
        assertThat(again.posted()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(3);
        assertThat(again.resolved()).isZero();
        assertThat(ourFingerprints())
                .containsExactlyInAnyOrder(ADDED.fingerprint(), REMOVED.fingerprint(), CONTEXT.fingerprint());
    }

    @Test
    void shouldReuseDraftsOfACrashedRunAndDeleteTheOnesNoLongerFound() {
        // given: the first run created its drafts, then failed to publish them
        gitlab.failOnce(
                "POST", MR + "/draft_notes/bulk_publish", FakeGitLab.json(500, "{\"message\":\"500 Internal\"}"));
        assertThatThrownBy(() -> publish(api, INLINE_ONLY, ADDED, REMOVED, CONTEXT))
                .isInstanceOf(GitLabException.class)
                .hasMessageContaining("draft_notes/bulk_publish failed with 500")
                .hasMessageContaining("run the job again");
        assertThat(gitlab.drafts).hasSize(3);
        gitlab.exchanges.clear();

        // when: the re-run no longer finds REMOVED
        PublishedReview again = publish(api, INLINE_ONLY, ADDED, CONTEXT);

        // then
        assertThat(gitlab.requests("POST", MR + "/draft_notes")).isEmpty();
        assertThat(gitlab.exchanges)
                .filteredOn(e -> e.method().equals("DELETE"))
                .hasSize(1);
        assertThat(gitlab.requests("POST", MR + "/draft_notes/bulk_publish")).hasSize(1);
        assertThat(again.posted()).isEqualTo(2);
        assertThat(ourFingerprints()).containsExactlyInAnyOrder(ADDED.fingerprint(), CONTEXT.fingerprint());
    }

    @Test
    void shouldResolveOurDiscussionWhoseFindingIsGone() {
        // given
        publish(api, INLINE_ONLY, ADDED, CONTEXT);
        String contextDiscussion =
                discussionOf(CONTEXT.fingerprint()).path("id").asText();
        gitlab.exchanges.clear();

        // when
        PublishedReview again = publish(api, INLINE_ONLY, ADDED);

        // then
        List<FakeGitLab.Exchange> puts =
                gitlab.exchanges.stream().filter(e -> e.method().equals("PUT")).toList();
        assertThat(puts).hasSize(1);
        assertThat(puts.get(0).path()).isEqualTo(MR + "/discussions/" + contextDiscussion);
        assertThat(puts.get(0).body()).isEqualTo(Json.object().put("resolved", true));
        assertThat(again.resolved()).isEqualTo(1);
        assertThat(again.alreadyThere()).isEqualTo(1);
        assertThat(discussionOf(CONTEXT.fingerprint())
                        .path("notes")
                        .path(0)
                        .path("resolved")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void shouldCreateTheSummaryOnceAndEditItInPlace() {
        // given
        PublishedReview first = publish(api, PublishOptions.defaults(), ADDED);
        List<FakeGitLab.Exchange> created = gitlab.requests("POST", MR + "/notes");
        assertThat(created).hasSize(1);
        String body = created.get(0).body().get("body").asText();
        assertThat(body).startsWith(Markers.summary(HEAD) + "\n\n# Goose CI review\n\n1 finding.");
        long id = summaryNote().path("id").asLong();
        assertThat(first.links())
                .containsExactly("https://gitlab.example.com/my-group/my-project/-/merge_requests/11#note_" + id);

        // when
        publish(api, PublishOptions.defaults(), ADDED, CONTEXT);

        // then
        assertThat(gitlab.requests("POST", MR + "/notes")).hasSize(1);
        List<FakeGitLab.Exchange> edits = gitlab.requests("PUT", MR + "/notes/" + id);
        assertThat(edits).hasSize(1);
        assertThat(edits.get(0).body().get("body").asText())
                .startsWith(Markers.summary(HEAD) + "\n\n# Goose CI review\n\n2 findings.")
                .contains("Stream never closed")
                .contains("(https://gitlab.example.com/my-group/my-project/-/blob/" + HEAD + "/");
        assertThat(summaryNote().path("body").asText())
                .isEqualTo(edits.get(0).body().get("body").asText());
    }

    List<String> ourFingerprints() {
        return gitlab.discussions.stream()
                .map(d -> Markers.fingerprintIn(
                        d.path("notes").path(0).path("body").asText()))
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    JsonNode discussionOf(String fingerprint) {
        return gitlab.discussions.stream()
                .filter(d -> d.path("notes").path(0).path("body").asText().contains(Markers.finding(fingerprint)))
                .findFirst()
                .orElseThrow();
    }

    JsonNode summaryNote() {
        return gitlab.discussions.stream()
                .map(d -> d.path("notes").path(0))
                .filter(note -> Markers.isSummary(note.path("body").asText()))
                .findFirst()
                .orElseThrow();
    }
}
