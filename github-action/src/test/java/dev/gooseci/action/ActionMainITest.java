package dev.gooseci.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.scm.github.FakeGitHub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action's entry point on a pull_request event, with {@link ActionHarness}'s workspace, runner files, replayed
 * model and fake GitHub: the inputs, the outputs and the ways a run ends.
 */
class ActionMainITest {
    static final String CACHE = ActionHarness.CACHE;
    static final String DAO = ActionHarness.DAO;

    @TempDir
    Path workspace;

    @TempDir
    Path runner;

    private ActionHarness action;
    private FakeGitHub fake;
    private Map<String, String> env;
    private String base;
    private String head;
    private String log;

    @BeforeEach
    void givenARunner() throws Exception {
        action = new ActionHarness(workspace, runner);
        fake = action.fake;
        env = action.env;
        base = action.base;
        head = action.head;
        event("opened", "MEMBER", "octocat", "User", "octo-org/app");
    }

    @AfterEach
    void stop() {
        action.close();
    }

    @Test
    void shouldReviewPublishAndWriteTheOutputsWhenTheGateFails() throws Exception {
        // when
        int exit = run();

        // then: the critical finding fails the gate
        assertThat(exit).as(log).isEqualTo(ActionMain.GATE_FAILED);
        String output = Files.readString(runner.resolve("output"));
        assertThat(output)
                .contains("findings=4\n")
                .contains("highest-severity=critical\n")
                .contains("conclusion=failure\n")
                .contains("sarif-file=" + workspace.resolve(".goose-ci/review/goose.sarif") + "\n")
                .containsPattern("report<<(goose_[0-9a-f]+)\n(?s:.*)SQL built by string concatenation(?s:.*)\n\\1\n");
        assertThat(Files.readString(runner.resolve("summary.md")))
                .contains("SQL built by string concatenation")
                .contains("Stream is never closed");
        assertThat(log)
                .contains("::error file=" + DAO + ",line=5,endLine=5,title=[critical] SQL built by string"
                        + " concatenation::Use a prepared statement.")
                .contains("::warning file=" + CACHE + ",line=7,endLine=8,title=[major] Stream is never closed::")
                .doesNotContain("ghs_secret_token_123");
        // then: one review with the inline comments, then the sticky summary recording the head
        List<JsonNode> reviews = fake.bodies("POST", "/repos/octo-org/app/pulls/7/reviews");
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).path("commit_id").asText()).isEqualTo(head);
        assertThat(reviews.get(0).path("comments")).hasSize(3);
        List<JsonNode> summaries = fake.bodies("POST", "/repos/octo-org/app/issues/7/comments");
        assertThat(summaries).hasSize(1);
        assertThat(summaries.get(0).path("body").asText()).contains(head);
    }

    @Test
    void shouldPostNothingWhenPostIsNone() throws Exception {
        // given
        env.put("INPUT_POST", "none");
        env.put("INPUT_FAIL-ON", "blocker");

        // when
        int exit = run();

        // then
        assertThat(exit).as(log).isEqualTo(ActionMain.SUCCESS);
        assertThat(fake.calls()).isEmpty();
        assertThat(Files.readString(runner.resolve("output")))
                .contains("findings=4\n")
                .contains("conclusion=success\n");
    }

    @Test
    void shouldSkipAPullRequestFromAnOutsider() throws Exception {
        // given
        event("opened", "CONTRIBUTOR", "stranger", "User", "stranger/app");

        // when
        int exit = run();

        // then
        assertThat(exit).isEqualTo(ActionMain.SUCCESS);
        assertThat(log).contains("skipped: the author stranger (CONTRIBUTOR) is not an owner, member or collaborator");
        assertThat(Files.readString(runner.resolve("output"))).contains("conclusion=skipped\n");
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void shouldSkipABotUnlessAllowListed() throws Exception {
        // given
        event("opened", "NONE", "dependabot[bot]", "Bot", "octo-org/app");

        // when
        int skipped = run();

        // then
        assertThat(skipped).isEqualTo(ActionMain.SUCCESS);
        assertThat(log).contains("skipped: the author dependabot[bot] is a bot not listed in allowed-bots");

        // when it is listed
        env.put("INPUT_ALLOWED-BOTS", "renovate[bot], dependabot[bot]");
        env.put("INPUT_POST", "none");
        int reviewed = run();

        // then
        assertThat(reviewed).as(log).isEqualTo(ActionMain.GATE_FAILED);
    }

    @Test
    void shouldSayWhyAForkPullRequestHasNoProviderKey() throws Exception {
        // given: a member's pull request from a fork, a provider that needs a key, and no key (GitHub withholds
        // secrets)
        event("opened", "MEMBER", "octocat", "User", "octocat/app");
        env.put("INPUT_PROVIDER", "anthropic");
        env.remove(ActionRun.REPLAY);

        // when
        int exit = run();

        // then
        assertThat(exit).isEqualTo(ActionMain.ERROR);
        assertThat(log)
                .contains("needs an API key: set ANTHROPIC_API_KEY")
                .contains("comes from a fork, and GitHub gives no secrets")
                .contains("'pull_request_target'");
        assertThat(Files.readString(runner.resolve("output"))).contains("conclusion=error\n");
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void shouldReportABadInputByNameWithTheErrorConclusion() throws Exception {
        // given
        env.put("INPUT_MAX-TURNS", "many");

        // when
        int exit = run();

        // then
        assertThat(exit).isEqualTo(ActionMain.ERROR);
        assertThat(log)
                .contains("::error title=goose-ci::input 'max-turns' must be a whole number above 0, such as 20,"
                        + " was 'many'");
        assertThat(Files.readString(runner.resolve("output"))).isEqualTo("conclusion=error\n");
    }

    @Test
    void shouldFailWhenTheReviewCouldNotBePublished() throws Exception {
        // given: GitHub refuses the token
        fake.failNext(
                "GET",
                ".*/pulls/7/comments",
                FakeGitHub.json(
                        403,
                        dev.gooseci.provider.Json.object().put("message", "Resource not accessible by integration")));
        env.put("INPUT_FAIL-ON", "none");

        // when
        int exit = run();

        // then
        assertThat(exit).isEqualTo(ActionMain.ERROR);
        assertThat(log).contains("::error title=goose-ci::the review was not published");
        assertThat(Files.readString(runner.resolve("output")))
                .contains("findings=4\n")
                .contains("conclusion=error\n");
    }

    @Test
    void shouldPostOnlyTheStickySummaryWhenPostIsComment() throws Exception {
        // given
        env.put("INPUT_POST", "comment");

        // when
        int exit = run();

        // then
        assertThat(exit).as(log).isEqualTo(ActionMain.GATE_FAILED);
        assertThat(fake.bodies("POST", "/repos/octo-org/app/pulls/7/reviews")).isEmpty();
        List<JsonNode> summaries = fake.bodies("POST", "/repos/octo-org/app/issues/7/comments");
        assertThat(summaries).hasSize(1);
        assertThat(summaries.get(0).path("body").asText())
                .contains("SQL built by string concatenation")
                .contains(head);
    }

    @Test
    void shouldCreateACheckRunWhenPostIsCheck() throws Exception {
        // given
        env.put("INPUT_POST", "check");

        // when
        int exit = run();

        // then
        assertThat(exit).as(log).isEqualTo(ActionMain.GATE_FAILED);
        List<JsonNode> runs = fake.bodies("POST", "/repos/octo-org/app/check-runs");
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).path("head_sha").asText()).isEqualTo(head);
        assertThat(runs.get(0).path("conclusion").asText()).isEqualTo("failure");
        assertThat(runs.get(0).at("/output/annotations")).hasSize(4);
    }

    @Test
    void shouldPointAtFetchDepthWhenTheBaseCommitIsMissing() throws Exception {
        // given: an event whose base commit the checkout does not have
        base = "0123456789abcdef0123456789abcdef01234567";
        event("opened", "MEMBER", "octocat", "User", "octo-org/app");

        // when
        int exit = run();

        // then
        assertThat(exit).isEqualTo(ActionMain.ERROR);
        assertThat(log).contains("fetch-depth: 0");
        assertThat(Files.readString(runner.resolve("output"))).contains("conclusion=error\n");
    }

    @Test
    void shouldReviewOnlyTheNewCommitsWhenIncremental() throws Exception {
        // given: a first run recorded the head in the summary, then a push added a commit
        env.put("INPUT_FAIL-ON", "none");
        assertThat(run()).as(log).isEqualTo(ActionMain.SUCCESS);
        String reviewed = head;
        head = action.repo
                .write(DAO, ActionHarness.dao("        return find(name.strip());\n"))
                .commit("third");
        event("synchronize", "MEMBER", "octocat", "User", "octo-org/app");
        env.put("INPUT_INCREMENTAL", "true");

        // when
        int exit = run();

        // then
        assertThat(exit).as(log).isEqualTo(ActionMain.SUCCESS);
        assertThat(log).contains("incremental review of the commits since " + reviewed);
        assertThat(fake.bodies("PATCH", "/repos/octo-org/app/issues/comments/" + summaryId()))
                .singleElement()
                .satisfies(body -> assertThat(body.path("body").asText()).contains(head));
    }

    private long summaryId() {
        return fake.issueComments.get(0).path("id").asLong();
    }

    private int run() {
        int exit = action.run();
        log = action.log;
        return exit;
    }

    private void event(String act, String association, String login, String type, String headRepo) throws IOException {
        action.event(
                "pull_request",
                "ActionMainITest/pull_request.json",
                Map.of(
                        "ACTION", act,
                        "BASE", base,
                        "HEAD", head,
                        "LOGIN", login,
                        "USER_TYPE", type,
                        "ASSOCIATION", association,
                        "HEAD_REPO", headRepo));
    }
}
