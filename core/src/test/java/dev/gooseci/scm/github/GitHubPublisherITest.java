package dev.gooseci.scm.github;

import static dev.gooseci.scm.github.TestReports.HEAD;
import static dev.gooseci.scm.github.TestReports.atFile;
import static dev.gooseci.scm.github.TestReports.finding;
import static dev.gooseci.scm.github.TestReports.onLine;
import static dev.gooseci.scm.github.TestReports.pullRequest;
import static dev.gooseci.scm.github.TestReports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.config.Secret;
import dev.gooseci.diff.Side;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.report.Finding;
import dev.gooseci.report.QualityGate;
import dev.gooseci.report.Severity;
import dev.gooseci.scm.Markers;
import dev.gooseci.scm.PublishOptions;
import dev.gooseci.scm.PublishedReview;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GitHubPublisherITest {
    private static final String COMMENTS = "/repos/octo-org/app/pulls/7/comments";
    private static final String REVIEWS = "/repos/octo-org/app/pulls/7/reviews";
    private static final String ISSUE_COMMENTS = "/repos/octo-org/app/issues/7/comments";

    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new ArrayList<>();
    private FakeGitHub fake;
    private GitHubPublisher publisher;

    @BeforeEach
    void start() throws IOException {
        server.start();
        fake = new FakeGitHub(server.url(FakeGitHub.ROOT).toString());
        server.setDispatcher(fake);
        RetryPolicy retry = new RetryPolicy(
                3, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2), waits::add, new Random(1));
        // GITHUB_API_URL is the fake's API root, as on GitHub Enterprise Server.
        GitHubConnection github = GitHubConnection.fromEnvironment(
                Map.of("GITHUB_API_URL", server.url(FakeGitHub.ROOT).toString(), "GITHUB_REPOSITORY", "octo-org/app"),
                Secret.of("ghs_token"),
                retry);
        publisher = new GitHubPublisher(github, UnaryOperator.identity());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldPostOneReviewWithEveryInlineCommentThenTheSummary() {
        // given
        Finding single = onLine("src/App.java", 12, "Null dereference");
        Finding range = finding(
                "src/App.java", Optional.of(20), Optional.of(24), Side.RIGHT, "Leaked stream", Optional.empty());
        Finding removed =
                finding("src/Old.java", Optional.empty(), Optional.of(5), Side.LEFT, "Lost check", Optional.empty());

        // when
        PublishedReview published =
                publisher.publish(pullRequest(), report(List.of(single, range, removed)), PublishOptions.defaults());

        // then
        assertThat(fake.calls())
                .containsExactly(
                        "GET " + COMMENTS,
                        "GET " + REVIEWS,
                        "POST " + REVIEWS,
                        "GET " + ISSUE_COMMENTS,
                        "POST " + ISSUE_COMMENTS);
        assertThat(fake.bodies("POST", REVIEWS).get(0))
                .isEqualTo(Json.parse("""
                {"commit_id":"%s","body":"Goose CI reviewed 07374fe: 3 new comments. The summary comment has the whole report.",
                 "event":"COMMENT","comments":[
                  {"path":"src/App.java","body":"%s","line":12,"side":"RIGHT"},
                  {"path":"src/App.java","body":"%s","line":24,"side":"RIGHT","start_line":20,"start_side":"RIGHT"},
                  {"path":"src/Old.java","body":"%s","line":5,"side":"LEFT"}]}
                """.formatted(HEAD, body(single), body(range), body(removed)), "expected"));
        assertThat(published.posted()).isEqualTo(3);
        assertThat(published.links()).hasSize(2);
        String summary = fake.issueComments.get(0).path("body").asText();
        assertThat(summary).startsWith(Markers.summary(HEAD) + "\n# Goose CI review");
        assertThat(summary).contains("## Not reviewed", "- Cost: ", "This run posted 3 comments");
    }

    @Test
    void shouldGrowTheSuggestionFenceAroundBackticks() {
        Finding fix = finding(
                "README.md",
                Optional.empty(),
                Optional.of(3),
                Side.RIGHT,
                "Broken fence",
                Optional.of("```java\ncode\n```"));

        publisher.publish(pullRequest(), report(List.of(fix)), PublishOptions.defaults());

        String body = fake.bodies("POST", REVIEWS)
                .get(0)
                .path("comments")
                .get(0)
                .path("body")
                .asText();
        assertThat(body)
                .isEqualTo("**major** · correctness\n\n**Broken fence**\n\nExplain Broken fence.\n\n"
                        + "````suggestion\n```java\ncode\n```\n````\n\n" + Markers.finding(fix.fingerprint()));
    }

    @Test
    void shouldPostFindingsWithoutALineAsFileComments() {
        Finding whole = atFile("pom.xml", "Unpinned plugin");

        PublishedReview published = publisher.publish(pullRequest(), report(List.of(whole)), PublishOptions.defaults());

        assertThat(fake.calls()).doesNotContain("POST " + REVIEWS).contains("POST " + COMMENTS);
        assertThat(fake.bodies("POST", COMMENTS))
                .containsExactly(Json.parse("""
                {"body":"**major** · correctness\\n\\n**Unpinned plugin**\\n\\nExplain Unpinned plugin.\\n\\n%s",
                 "commit_id":"%s","path":"pom.xml","subject_type":"file"}
                """.formatted(Markers.finding(whole.fingerprint()), HEAD), "expected"));
        assertThat(published.posted()).isEqualTo(1);
    }

    @Test
    void shouldListFindingsPastTheCapInTheReviewBody() {
        List<Finding> findings =
                List.of(onLine("a.py", 1, "One"), onLine("a.py", 2, "Two"), onLine("a.py", 3, "Three"));

        PublishedReview published =
                publisher.publish(pullRequest(), report(findings), new PublishOptions(2, false, true, true));

        JsonNode review = fake.bodies("POST", REVIEWS).get(0);
        assertThat(review.path("comments")).hasSize(2);
        assertThat(review.path("body").asText())
                .endsWith("More findings than the 2 inline comments one review carries:\n\n"
                        + "- **major** `a.py:3` Three "
                        + Markers.finding(findings.get(2).fingerprint()));
        assertThat(published.inBody()).isEqualTo(1);

        publisher.publish(pullRequest(), report(findings), new PublishOptions(2, false, true, true));
        assertThat(fake.bodies("POST", REVIEWS)).hasSize(1);
    }

    @Test
    void shouldUpdateTheSummaryInPlaceAndPostNothingNewOnARerun() {
        List<Finding> findings = List.of(onLine("a.py", 1, "One"), atFile("b.py", "Two"));
        publisher.publish(pullRequest(), report(findings), PublishOptions.defaults());
        int before = fake.calls.size();

        PublishedReview rerun = publisher.publish(pullRequest(), report(findings), PublishOptions.defaults());

        assertThat(fake.calls().subList(before, fake.calls.size()))
                .containsExactly(
                        "GET " + COMMENTS,
                        "GET " + REVIEWS,
                        "GET " + ISSUE_COMMENTS,
                        "PATCH /repos/octo-org/app/issues/comments/"
                                + fake.issueComments.get(0).path("id").asLong());
        assertThat(fake.issueComments).hasSize(1);
        assertThat(fake.reviewComments).hasSize(2);
        assertThat(rerun.posted()).isZero();
        assertThat(rerun.alreadyThere()).isEqualTo(2);
        assertThat(publisher.reviewedHead(7)).contains(HEAD);
    }

    @Test
    void shouldPostNoDuplicateWhenARunCrashedBeforeTheSummary() {
        List<Finding> findings = List.of(onLine("a.py", 1, "One"), onLine("a.py", 9, "Two"), atFile("b.py", "Three"));
        fake.failNext(
                "POST",
                ".*/issues/7/comments",
                FakeGitHub.json(502, Json.object().put("message", "Server Error")));

        assertThatThrownBy(() -> publisher.publish(pullRequest(), report(findings), PublishOptions.defaults()))
                .isInstanceOf(GitHubApiException.class)
                .hasMessageContaining("the review was created, 1 file-level comments were posted, the summary was not"
                        + " updated); a re-run posts only what is missing")
                .hasMessageContaining("HTTP 502");

        PublishedReview rerun = publisher.publish(pullRequest(), report(findings), PublishOptions.defaults());

        assertThat(fake.bodies("POST", REVIEWS)).hasSize(1);
        assertThat(fake.bodies("POST", COMMENTS)).hasSize(1);
        assertThat(fake.reviewComments).hasSize(3);
        assertThat(fake.issueComments).hasSize(1);
        assertThat(rerun.alreadyThere()).isEqualTo(3);
    }

    @Test
    void shouldDeleteUnansweredOutdatedCommentsAndResolveAnsweredOnes() {
        Finding gone = onLine("a.py", 1, "Gone");
        Finding answered = onLine("a.py", 5, "Answered");
        Finding kept = onLine("a.py", 9, "Kept");
        publisher.publish(pullRequest(), report(List.of(gone, answered, kept)), PublishOptions.defaults());
        long goneId = idOf(gone);
        long answeredId = idOf(answered);
        fake.reply(answeredId, "Fixed in the next push, thanks!");

        PublishedReview rerun = publisher.publish(pullRequest(), report(List.of(kept)), PublishOptions.defaults());

        assertThat(fake.calls()).contains("DELETE /repos/octo-org/app/pulls/comments/" + goneId);
        assertThat(fake.calls()).doesNotContain("DELETE /repos/octo-org/app/pulls/comments/" + answeredId);
        assertThat(fake.bodies("POST", "/api/graphql"))
                .last()
                .isEqualTo(Json.parse("""
                {"query":"%s","variables":{"thread":"PRRT_%d"}}""".formatted(OutdatedComments.RESOLVE, answeredId), "expected"));
        assertThat(fake.resolvedThreads).containsExactly(answeredId);
        assertThat(rerun.resolved()).isEqualTo(2);
    }

    @Test
    void shouldPostARefusedLineAtFileLevelAndTheOthersInline() {
        fake.refusedLines.add(99);
        Finding good1 = onLine("a.py", 10, "First");
        Finding bad = onLine("a.py", 99, "Outside the diff");
        Finding good2 = onLine("a.py", 20, "Second");

        PublishedReview published =
                publisher.publish(pullRequest(), report(List.of(good1, good2, bad)), PublishOptions.defaults());

        List<JsonNode> reviews = fake.bodies("POST", REVIEWS);
        JsonNode last = reviews.get(reviews.size() - 1);
        assertThat(last.path("event").asText()).isEqualTo("COMMENT");
        assertThat(last.path("comments").findValuesAsText("line")).containsExactly("10", "20");
        assertThat(reviews.subList(1, reviews.size() - 1))
                .allSatisfy(probe -> assertThat(probe.has("event")).isFalse());
        JsonNode fileComment = fake.bodies("POST", COMMENTS).get(0);
        assertThat(fileComment.path("subject_type").asText()).isEqualTo("file");
        assertThat(fileComment.path("body").asText())
                .contains("GitHub refused a comment on line 99 (not part of the diff)")
                .endsWith(Markers.finding(bad.fingerprint()));
        assertThat(fake.reviews).hasSize(1);
        assertThat(published.fileLevel()).isEqualTo(1);
        assertThat(published.posted()).isEqualTo(3);
    }

    @Test
    void shouldRetryASecondaryRateLimitAfterTheWaitGitHubNames() {
        fake.failNext(
                "POST",
                ".*/pulls/7/reviews",
                new MockResponse.Builder()
                        .code(403)
                        .addHeader("retry-after", "3")
                        .addHeader("Content-Type", "application/json")
                        .body(
                                "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\"}")
                        .build());

        publisher.publish(pullRequest(), report(List.of(onLine("a.py", 1, "One"))), PublishOptions.defaults());

        assertThat(waits).containsExactly(Duration.ofSeconds(3));
        assertThat(fake.calls().stream().filter(c -> c.equals("POST " + REVIEWS)))
                .hasSize(2);
        assertThat(fake.reviews).hasSize(1);
    }

    @Test
    void shouldRequestChangesWhenTheGateFailsAndTheOptionsAsk() {
        List<Finding> findings = List.of(onLine("a.py", 1, "One"));

        publisher.publish(
                pullRequest(),
                report(findings, QualityGate.failOn(Severity.MAJOR)),
                new PublishOptions(30, true, true, true));

        assertThat(fake.bodies("POST", REVIEWS).get(0).path("event").asText()).isEqualTo("REQUEST_CHANGES");
    }

    @Test
    void shouldOnlyCommentWhenTheGateFailsButTheOptionsDoNotAsk() {
        publisher.publish(
                pullRequest(),
                report(List.of(onLine("a.py", 1, "One")), QualityGate.failOn(Severity.MAJOR)),
                PublishOptions.defaults());

        assertThat(fake.bodies("POST", REVIEWS).get(0).path("event").asText()).isEqualTo("COMMENT");
    }

    @Test
    void shouldFailClearlyWhenTheTokenMayNotWrite() {
        fake.failNext(
                "POST",
                ".*/pulls/7/reviews",
                FakeGitHub.json(403, Json.object().put("message", "Resource not accessible by integration")));

        assertThatThrownBy(() -> publisher.publish(
                        pullRequest(), report(List.of(onLine("a.py", 1, "One"))), PublishOptions.defaults()))
                .isInstanceOf(GitHubApiException.class)
                .hasMessageContaining("Resource not accessible by integration")
                .hasMessageContaining("'pull-requests: write'");
        assertThat(waits).isEmpty();
    }

    private long idOf(Finding finding) {
        for (JsonNode comment : fake.reviewComments) {
            if (comment.path("body").asText().endsWith(Markers.finding(finding.fingerprint()))) {
                return comment.path("id").asLong();
            }
        }
        throw new AssertionError("no comment for " + finding.title());
    }

    private static String body(Finding f) {
        return Json.write(Json.MAPPER.getNodeFactory().textNode(CommentBodies.inlineText(f)))
                .replaceAll("^\"|\"$", "");
    }
}
