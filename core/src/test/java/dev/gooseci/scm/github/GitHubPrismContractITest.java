package dev.gooseci.scm.github;

import static dev.gooseci.scm.github.TestReports.atFile;
import static dev.gooseci.scm.github.TestReports.finding;
import static dev.gooseci.scm.github.TestReports.onLine;
import static dev.gooseci.scm.github.TestReports.pullRequest;
import static dev.gooseci.scm.github.TestReports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gooseci.config.Secret;
import dev.gooseci.diff.Side;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.report.Finding;
import dev.gooseci.report.QualityGate;
import dev.gooseci.report.Severity;
import dev.gooseci.scm.PublishOptions;
import dev.gooseci.scm.PublishedReview;
import dev.gooseci.tool.mcp.NpmTools;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our GitHub calls against GitHub's own OpenAPI description (@octokit/openapi), served by Stoplight Prism, which
 * answers 422 to any request that breaks it. The stateful fake checks behaviour; this checks the wire shapes against
 * the vendor's contract. Skipped when {@code npm ci --prefix tools/npm} has not installed Prism.
 */
class GitHubPrismContractITest {
    private static final String REPOSITORY = "octo-org/app";

    @TempDir
    static Path dir;

    private static PrismMock prism;

    @BeforeAll
    static void startPrism() throws IOException {
        Path launcher = NpmTools.require("prism");
        Path description = launcher.getParent().getParent().resolve("@octokit/openapi/generated/api.github.com.json");
        assumeTrue(
                Files.isRegularFile(description),
                "@octokit/openapi is not installed, so this test is skipped; run `npm ci --prefix tools/npm`");
        Path spec = dir.resolve("github-reduced.json");
        Json.MAPPER.writeValue(spec.toFile(), ReducedGitHubSpec.reduce(Json.MAPPER.readTree(description.toFile())));
        prism = PrismMock.start(launcher, spec, dir.resolve("prism.log"), Duration.ofSeconds(45));
    }

    @AfterAll
    static void stopPrism() {
        if (prism != null) {
            prism.close();
        }
    }

    private static GitHubConnection connection() {
        RetryPolicy retry = new RetryPolicy(
                1, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1), wait -> {}, new Random(1));
        return GitHubConnection.fromEnvironment(
                Map.of("GITHUB_API_URL", prism.url(), "GITHUB_REPOSITORY", REPOSITORY), Secret.of("ghs_token"), retry);
    }

    @Test
    void shouldPublishAReviewThatGitHubsDescriptionAccepts() throws IOException {
        // given: an inline comment, a range, a removed line, a suggestion and a file-level finding
        List<Finding> findings = List.of(
                onLine("src/App.java", 12, "Null dereference"),
                finding(
                        "src/App.java",
                        Optional.of(20),
                        Optional.of(24),
                        Side.RIGHT,
                        "Leaked stream",
                        Optional.empty()),
                finding("src/Old.java", Optional.empty(), Optional.of(5), Side.LEFT, "Lost check", Optional.empty()),
                finding(
                        "src/App.java",
                        Optional.empty(),
                        Optional.of(30),
                        Side.RIGHT,
                        "Use equals",
                        Optional.of("if (a.equals(b)) {")),
                atFile("build.gradle", "Unpinned plugin"));
        GitHubPublisher publisher = new GitHubPublisher(connection(), UnaryOperator.identity());
        int logged = prism.log().length();

        // when
        PublishedReview published =
                publisher.publish(pullRequest(), report(findings), new PublishOptions(30, false, true, true));

        // then: every request passed validation; none was refused and none fell back to file level
        assertThat(published.posted()).isEqualTo(5);
        assertThat(published.fileLevel()).isZero();
        assertThat(prism.log().substring(logged))
                .contains("passed the validation rules")
                .doesNotContain("✖");
    }

    @Test
    void shouldCreateACheckRunWithBatchedAnnotationsThatGitHubsDescriptionAccepts() throws IOException {
        // given: more than the 50 annotations one request takes, so an update follows the create
        List<Finding> findings = new ArrayList<>();
        IntStream.rangeClosed(1, 60).forEach(i -> findings.add(onLine("src/App.java", i, "Finding " + i)));
        findings.add(atFile("build.gradle", "Unpinned plugin"));
        GitHubCheckRun checkRun = new GitHubCheckRun(connection(), UnaryOperator.identity());
        int logged = prism.log().length();

        // when
        String url = checkRun.publish(pullRequest(), report(findings, QualityGate.failOn(Severity.MAJOR)));

        // then
        assertThat(url).startsWith("https://");
        assertThat(prism.log().substring(logged))
                // github-api addresses the run through the repository GitHub's example returns
                .containsPattern("\\] post /repos/[^ ]+/check-runs\\s")
                .containsPattern("\\] patch /repos/[^ ]+/check-runs/\\d+")
                .doesNotContain("✖");
    }

    @Test
    void shouldAskForAPermissionAndReactAsGitHubsDescriptionAllows() throws IOException {
        // given
        GitHubTriggers triggers = new GitHubTriggers(connection());
        int logged = prism.log().length();

        // when
        RepositoryPermission permission = triggers.permission("mona");
        triggers.react(1254853699L, "eyes");

        // then: GitHub's example answer, and both requests passed validation
        assertThat(permission).isEqualTo(new RepositoryPermission("admin", "admin"));
        assertThat(prism.log().substring(logged))
                .contains("get /repos/octo-org/app/collaborators/mona/permission")
                .contains("post /repos/octo-org/app/issues/comments/1254853699/reactions")
                .doesNotContain("✖");
    }

    @Test
    void shouldListAndOpenAFollowUpAsGitHubsDescriptionAllows() throws IOException {
        // given
        GitHubFollowUps followUps = new GitHubFollowUps(connection());
        int logged = prism.log().length();

        // when: GitHub's example lists an open pull request, which is then updated
        FollowUpPullRequest pr = followUps.open("goose-ci/tests-for-7", "feature/discounts", "Tests", "Funnel");

        // then
        assertThat(pr.number()).isPositive();
        assertThat(prism.log().substring(logged))
                .contains("get /repos/octo-org/app/pulls ")
                .containsPattern("patch /repos/octo-org/app/pulls/\\d+")
                .doesNotContain("✖");
    }

    @Test
    void shouldRejectAReviewCommentWhoseLineIsNotANumber() throws Exception {
        // given: the shape we send, once as the description allows and once with a string line
        String good = "{\"body\":\"b\",\"commit_id\":\"" + TestReports.HEAD
                + "\",\"path\":\"src/App.java\",\"line\":3,\"side\":\"RIGHT\"}";
        String bad = good.replace("\"line\":3", "\"line\":\"x\"");

        // when
        int accepted = postReviewComment(good);
        int rejected = postReviewComment(bad);

        // then: Prism validates requests, so the publish test above means something
        assertThat(accepted).isEqualTo(201);
        assertThat(rejected).isEqualTo(422);
    }

    private static int postReviewComment(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(prism.url() + "/repos/" + REPOSITORY + "/pulls/7/comments"))
                .header("Accept", "application/vnd.github+json")
                .header("Content-Type", "application/json")
                .header("Authorization", "token ghs_token")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
