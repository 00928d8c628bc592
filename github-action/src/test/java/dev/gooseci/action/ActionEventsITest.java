package dev.gooseci.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each event the action runs on, with payloads modelled on GitHub's documented webhook examples: who may start a
 * review, which pull request it reads, the exact calls to GitHub, the outputs, the summary and the exit code. The
 * runs that review start {@code ActionMain} as its own process, as the container does.
 */
class ActionEventsITest {
    private static final String REPO = "/repos/octo-org/app";

    /**
     * What publishing one review of pull request 7 asks of GitHub, after the trigger's own calls: what is already
     * posted, the review, the file-level comment, then the sticky summary.
     */
    private static final List<String> PUBLISH = List.of(
            "GET " + REPO + "/pulls/7/comments",
            "GET " + REPO + "/pulls/7/reviews",
            "POST " + REPO + "/pulls/7/reviews",
            "POST " + REPO + "/pulls/7/comments",
            "GET " + REPO + "/issues/7/comments",
            "POST " + REPO + "/issues/7/comments");

    @TempDir
    Path workspace;

    @TempDir
    Path runner;

    private ActionHarness action;

    @BeforeEach
    void givenARunner() throws Exception {
        action = new ActionHarness(workspace, runner);
    }

    @AfterEach
    void stop() {
        action.close();
    }

    @Test
    void shouldReviewAPullRequestWhenItIsOpened() throws Exception {
        // given
        pullRequest("pull_request", "opened", "octo-org/app");

        // when
        int exit = action.runAsProcess();

        // then
        assertReviewed(exit, List.of());
    }

    @Test
    void shouldReviewAPullRequestWhenItIsSynchronized() throws Exception {
        // given
        pullRequest("pull_request", "synchronize", "octo-org/app");

        // when
        int exit = action.run();

        // then
        assertReviewed(exit, List.of());
    }

    @Test
    void shouldReviewAForkPullRequestFromPullRequestTarget() throws Exception {
        // given: pull_request_target has the secrets, so a fork's pull request is reviewed with the key
        pullRequest("pull_request_target", "opened", "octocat/app");

        // when
        int exit = action.run();

        // then
        assertReviewed(exit, List.of());
        assertThat(action.log).doesNotContain("comes from a fork");
    }

    @Test
    void shouldReviewWhenAMemberWithWriteAccessComments() throws Exception {
        // given: the comment carries text after the command that would be a workflow command if echoed
        action.fake.roles.put("mona", "write");
        comment("created", "mona", "User", "/goose review\n::error::injected");

        // when
        int exit = action.runAsProcess();

        // then: the commenter's permission, the reaction, the pull request, then the review
        assertReviewed(
                exit,
                List.of(
                        "GET " + REPO + "/collaborators/mona/permission",
                        "POST " + REPO + "/issues/comments/1254853699/reactions",
                        "GET " + REPO + "/pulls/7"));
        assertThat(action.fake.bodies("POST", REPO + "/issues/comments/1254853699/reactions"))
                .containsExactly(Json.object().put("content", "eyes"));
        assertThat(action.log).doesNotContain("injected");
    }

    @Test
    void shouldSkipACommentFromAnOutsiderWithoutReviewing() throws Exception {
        // given
        action.fake.roles.put("stranger", "read");
        comment("created", "stranger", "User", "/goose review");

        // when
        int exit = action.runAsProcess();

        // then: only the permission was asked; nothing posted
        String reason = "the commenter stranger has read permission on the repository; a /goose command needs write,"
                + " maintain or admin";
        assertSkipped(exit, reason, List.of("GET " + REPO + "/collaborators/stranger/permission"));
    }

    @Test
    void shouldSkipACommentFromABotNotAllowListed() throws Exception {
        // given
        comment("created", "renovate[bot]", "Bot", "/goose review");

        // when
        int exit = action.run();

        // then: a bot's permission is never asked
        assertSkipped(exit, "the commenter renovate[bot] is a bot not listed in allowed-bots", List.of());
    }

    @Test
    void shouldReviewACommentFromAnAllowListedBot() throws Exception {
        // given
        comment("created", "renovate[bot]", "Bot", "/goose review");
        action.env.put("INPUT_ALLOWED-BOTS", "renovate[bot]");

        // when
        int exit = action.run();

        // then
        assertReviewed(
                exit, List.of("POST " + REPO + "/issues/comments/1254853699/reactions", "GET " + REPO + "/pulls/7"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "edited  | /goose review       | true  | the comment was edited; only a new comment (action created)"
                        + " runs a /goose command",
                "deleted | /goose review       | true  | the comment was deleted; only a new comment (action created)"
                        + " runs a /goose command",
                "created | /goose review       | false | the comment is on issue #7, not on a pull request",
                "created | LGTM /goose review  | true  | the comment does not start with /goose review or /goose tests",
                "created | /goose reviewer     | true  | the comment does not start with /goose review or /goose tests",
                "created | /goose fix it       | true  | the comment does not start with /goose review or /goose tests",
            })
    void shouldSkipCommentsThatAreNotACommandOnAPullRequest(
            String act, String body, boolean onPullRequest, String reason) throws Exception {
        // given
        action.fake.roles.put("mona", "admin");
        comment(act, "mona", "User", body);
        if (!onPullRequest) {
            action.event(
                    "issue_comment", "ActionEventsITest/issue_comment.json", values(act, "mona", "User"), payload -> {
                        payload.with("issue").remove("pull_request");
                        payload.with("comment").put("body", body);
                    });
        }

        // when
        int exit = action.run();

        // then
        assertSkipped(exit, reason, List.of());
    }

    @Test
    void shouldReviewThePullRequestAWorkflowDispatchNames() throws Exception {
        // given
        dispatch("7");

        // when
        int exit = action.runAsProcess();

        // then
        assertReviewed(exit, List.of("GET " + REPO + "/pulls/7"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''    | has no input 'pr' (or 'pull-request'): declare 'on: workflow_dispatch: inputs: pr:'",
                "seven | the workflow_dispatch input 'pr' must be a pull request number, such as 7, was 'seven'",
                "-3    | the workflow_dispatch input 'pr' must be a pull request number, such as 7, was '-3'",
            })
    void shouldNameTheDispatchInputWhenThePullRequestNumberIsBad(String pr, String message) throws Exception {
        // given
        dispatch(pr);

        // when
        int exit = action.run();

        // then
        assertThat(exit).isEqualTo(ActionMain.ERROR);
        assertThat(action.log).contains(message);
        assertThat(action.output()).isEqualTo("conclusion=error\n");
        assertThat(action.fake.calls()).isEmpty();
    }

    private void pullRequest(String event, String act, String headRepo) throws Exception {
        action.event(
                event,
                "ActionMainITest/pull_request.json",
                Map.of(
                        "ACTION",
                        act,
                        "BASE",
                        action.base,
                        "HEAD",
                        action.head,
                        "LOGIN",
                        "octocat",
                        "USER_TYPE",
                        "User",
                        "ASSOCIATION",
                        "MEMBER",
                        "HEAD_REPO",
                        headRepo));
    }

    private void comment(String act, String login, String type, String body) throws Exception {
        action.event(
                "issue_comment",
                "ActionEventsITest/issue_comment.json",
                values(act, login, type),
                payload -> payload.with("comment").put("body", body));
    }

    private static Map<String, String> values(String act, String login, String type) {
        return Map.of(
                "ACTION", act, "LOGIN", login, "USER_TYPE", type, "ASSOCIATION", "NONE", "BODY", "(set by the test)");
    }

    private void dispatch(String pr) throws Exception {
        action.event("workflow_dispatch", "ActionEventsITest/workflow_dispatch.json", Map.of("PR", pr));
    }

    /** Reviewed and published with the replayed review, its critical finding failing {@code fail-on: critical}. */
    private void assertReviewed(int exit, List<String> before) throws Exception {
        assertThat(exit).as(action.log).isEqualTo(ActionMain.GATE_FAILED);
        List<String> calls = new ArrayList<>(before);
        calls.addAll(PUBLISH);
        assertThat(action.fake.calls()).as(action.log).containsExactlyElementsOf(calls);
        List<JsonNode> reviews = action.fake.bodies("POST", REPO + "/pulls/7/reviews");
        assertThat(reviews).singleElement().satisfies(review -> {
            assertThat(review.path("commit_id").asText()).isEqualTo(action.head);
            assertThat(review.path("comments")).hasSize(3);
        });
        assertThat(action.output())
                .startsWith("findings=4\nhighest-severity=critical\nreport<<goose_")
                .contains("SQL built by string concatenation")
                .endsWith("sarif-file=" + workspace.resolve(".goose-ci/review/goose.sarif") + "\nconclusion=failure\n");
        assertThat(action.summary())
                .contains("SQL built by string concatenation")
                .contains("Stream is never closed");
        assertThat(action.log).doesNotContain(ActionHarness.TOKEN);
    }

    private void assertSkipped(int exit, String reason, List<String> calls) throws Exception {
        assertThat(exit).as(action.log).isEqualTo(ActionMain.SUCCESS);
        assertThat(action.log).contains("goose-ci: skipped: " + reason + "\n");
        assertThat(action.fake.calls()).containsExactlyElementsOf(calls);
        assertThat(action.output()).isEqualTo("findings=0\nhighest-severity=none\nconclusion=skipped\n");
        assertThat(action.summary()).isEqualTo("goose-ci skipped this run: " + reason + ".\n");
    }
}
