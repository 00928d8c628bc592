package dev.gooseci.scm.gitlab;

import static dev.gooseci.scm.gitlab.FakeGitLab.MR;
import static dev.gooseci.scm.gitlab.Samples.ADDED;
import static dev.gooseci.scm.gitlab.Samples.BASE;
import static dev.gooseci.scm.gitlab.Samples.CACHE;
import static dev.gooseci.scm.gitlab.Samples.CONTEXT;
import static dev.gooseci.scm.gitlab.Samples.HEAD;
import static dev.gooseci.scm.gitlab.Samples.NEW_NAME;
import static dev.gooseci.scm.gitlab.Samples.OLD_NAME;
import static dev.gooseci.scm.gitlab.Samples.REMOVED;
import static dev.gooseci.scm.gitlab.Samples.RENAMED;
import static dev.gooseci.scm.gitlab.Samples.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.config.Secret;
import dev.gooseci.provider.Fixtures;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.report.Finding;
import dev.gooseci.scm.ChangeRequest;
import dev.gooseci.scm.Markers;
import dev.gooseci.scm.PublishOptions;
import dev.gooseci.scm.PublishedReview;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where inline notes land: the exact position GitLab needs for each kind of diff line. */
class GitLabPublisherITest {
    static final PublishOptions INLINE_ONLY = new PublishOptions(30, false, true, false);

    final List<Duration> sleeps = new ArrayList<>();
    FakeGitLab gitlab;
    GitLabApi api;

    @BeforeEach
    void start() throws Exception {
        gitlab = fake();
        api = api(gitlab, sleeps);
    }

    @AfterEach
    void stop() {
        assertThat(gitlab.exchanges).allSatisfy(e -> assertThat(e.path()).startsWith(MR));
        gitlab.close();
    }

    /** The fake seeded with this class's fixtures, which the other publisher tests share. */
    static FakeGitLab fake() throws Exception {
        return new FakeGitLab(GitLabPublisherITest.class)
                .seedDiscussions(Fixtures.json(GitLabPublisherITest.class, "discussions.json"));
    }

    static GitLabApi api(FakeGitLab gitlab, List<Duration> sleeps) {
        return new GitLabApi(
                new OkHttpClient(),
                gitlab.baseUrl(),
                Secret.of("token-with-api-scope"),
                RetryPolicy.defaults().withSleeper(sleeps::add));
    }

    static PublishedReview publish(GitLabApi api, PublishOptions options, Finding... findings) {
        GitLabChangeSource source = new GitLabChangeSource(api, Samples.MR, Path.of("no-checkout-needed"));
        ChangeRequest request = source.read();
        return new GitLabPublisher(api, Samples.MR, source.changes(request), text -> text)
                .publish(request, Samples.report(findings), options);
    }

    JsonNode onlyDraft() {
        List<FakeGitLab.Exchange> posts = gitlab.requests("POST", MR + "/draft_notes");
        assertThat(posts).hasSize(1);
        return posts.get(0).body();
    }

    static JsonNode position(String oldPath, String newPath, String lines) {
        return Json.parse("""
                {"position_type": "text", "base_sha": "%s", "start_sha": "%s", "head_sha": "%s",
                 "old_path": "%s", "new_path": "%s", %s}""".formatted(BASE, START, HEAD, oldPath, newPath, lines), "expected position");
    }

    @Test
    void shouldSendNewLineOnlyForAddedLine() {
        // when
        PublishedReview review = publish(api, INLINE_ONLY, ADDED);

        // then
        JsonNode expected = Json.object()
                .put(
                        "note",
                        "**Major** · correctness · Every load is logged\n\nWhy: every load is logged.\n\n"
                                + Markers.finding(ADDED.fingerprint()))
                .set("position", position(CACHE, CACHE, "\"new_line\": 14"));
        assertThat(onlyDraft()).isEqualTo(expected);
        assertThat(review.posted()).isEqualTo(1);
    }

    @Test
    void shouldSendOldLineOnlyForRemovedLine() {
        // when
        publish(api, INLINE_ONLY, REMOVED);

        // then
        assertThat(onlyDraft().get("position")).isEqualTo(position(CACHE, CACHE, "\"old_line\": 13"));
    }

    @Test
    void shouldSendBothLinesForContextLine() {
        // when
        publish(api, INLINE_ONLY, CONTEXT);

        // then
        assertThat(onlyDraft().get("position")).isEqualTo(position(CACHE, CACHE, "\"old_line\": 14, \"new_line\": 15"));
    }

    @Test
    void shouldSendBothPathsForRenamedFile() {
        // when
        publish(api, INLINE_ONLY, RENAMED);

        // then
        assertThat(onlyDraft().get("position")).isEqualTo(position(OLD_NAME, NEW_NAME, "\"new_line\": 3"));
    }

    @Test
    void shouldTakeShasFromLatestVersionNotFromTheMovedTargetBranch() {
        // given: the versions fixture lists the older version (start eeb57df, head 3eed087) first; the newest
        // version's start sha is where the target branch had moved to when the last push was diffed

        // when
        publish(api, INLINE_ONLY, ADDED);

        // then
        JsonNode position = onlyDraft().get("position");
        assertThat(position.get("base_sha").asText()).isEqualTo(BASE);
        assertThat(position.get("start_sha").asText()).isEqualTo(START);
        assertThat(position.get("head_sha").asText()).isEqualTo(HEAD);
        assertThat(gitlab.exchanges).noneSatisfy(e -> assertThat(e.path()).contains("repository"));
    }

    @Test
    void shouldPlaceNoteOnAGeneralThreadWhenNoHunkShowsTheLine() {
        // given
        Finding farAway =
                Samples.finding(CACHE, null, 80, dev.gooseci.diff.Side.RIGHT, ADDED.severity(), "Far away", null);

        // when
        PublishedReview review = publish(api, INLINE_ONLY, farAway);

        // then
        JsonNode draft = onlyDraft();
        assertThat(draft.has("position")).isFalse();
        assertThat(draft.get("note").asText())
                .startsWith("**Major** · correctness · Far away\n\n`" + CACHE + "`, line 80\n\n")
                .endsWith(Markers.finding(farAway.fingerprint()));
        assertThat(review.fileLevel()).isEqualTo(1);
        assertThat(review.posted()).isZero();
    }
}
