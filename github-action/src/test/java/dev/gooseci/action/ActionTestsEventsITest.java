package dev.gooseci.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code mode: generate-tests} up to the point where it would build: who and what is refused (forks on every event,
 * the skip label), and the inputs that change the way. None of these runs Maven; {@link ActionTestGenITest} does.
 */
class ActionTestsEventsITest {
    private static final String REPO = "/repos/octo-org/app";

    @TempDir
    Path workspace;

    @TempDir
    Path runner;

    private ActionHarness action;

    @BeforeEach
    void givenARunnerAskingForTests() throws Exception {
        action = new ActionHarness(workspace, runner);
        action.env.put("INPUT_MODE", "generate-tests");
    }

    @AfterEach
    void stop() {
        action.close();
    }

    @Test
    void shouldSkipAPullRequestWithTheSkipLabel() throws Exception {
        // given
        pullRequest(
                "pull_request",
                "octo-org/app",
                pr -> pr.withArray("labels").add(Json.object().put("name", "goose:skip-tests")));

        // when
        int exit = action.run();

        // then
        assertSkipped(exit, "the change request has the label goose:skip-tests", List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pull_request_target", "issue_comment", "workflow_dispatch"})
    void shouldRefuseAForkWhenTheRunHoldsTheRepositorysSecrets(String event) throws Exception {
        // given: the head lives in a fork
        action.fake.pull.with("head").with("repo").put("full_name", "octocat/app");
        action.fake.roles.put("mona", "admin");
        givenEvent(event, "octocat/app");

        // when
        int exit = action.run();

        // then: nothing of the fork's was built, nothing posted
        String reason = "the pull request comes from a fork, and a " + event + " run holds this repository's"
                + " secrets; test generation builds and runs the pull request's code, which would hand them to the"
                + " fork's author (a 'pwn request'), so it runs only on pull requests from branches of this"
                + " repository";
        assertSkipped(exit, reason, readsOnly(event));
    }

    @Test
    void shouldRefuseAForkOnPullRequest() throws Exception {
        // given
        pullRequest("pull_request", "octocat/app", pr -> {});

        // when
        int exit = action.run();

        // then
        assertSkipped(
                exit,
                "the pull request comes from a fork; a pull_request run from a fork gets no secrets and a read-only"
                        + " token, so nothing could be pushed; test generation runs on pull requests from branches of"
                        + " this repository",
                List.of());
    }

    @Test
    void shouldRunTestsWhenAMemberCommentsTheCommand() throws Exception {
        // given: a write member comments /goose tests on a pull request labelled to skip
        action.env.remove("INPUT_MODE");
        action.fake.roles.put("mona", "write");
        action.fake.pull.putArray("labels").add(Json.object().put("name", "goose:skip-tests"));
        givenEvent("issue_comment", "octo-org/app");

        // when
        int exit = action.run();

        // then: the comment's command chose the tests, and the label from GitHub's pull request stopped them
        assertSkipped(exit, "the change request has the label goose:skip-tests", readsOnly("issue_comment"));
    }

    @Test
    void shouldRefuseToPushFromACheckoutThatIsNotThePullRequestsHead() throws Exception {
        // given: actions/checkout's default for pull_request, a merge commit, is not the head
        action.env.put("INPUT_LANDING", "push");
        pullRequest("pull_request", "octo-org/app", pr -> pr.with("head").put("sha", action.base));

        // when
        int exit = action.run();

        // then: refused before any build
        assertThat(exit).as(action.log).isEqualTo(ActionMain.ERROR);
        assertThat(action.log)
                .contains("goose-ci: pushing to the source branch test/stable")
                .contains("::error title=goose-ci::the checkout is at " + action.head)
                .contains("ref: ${{ github.event.pull_request.head.sha }}")
                .doesNotContain("generating tests");
        assertThat(action.output()).isEqualTo("conclusion=error\n");
    }

    @Test
    void shouldAskForATokenBeforeBuildingWhenTheTestsArePushed() throws Exception {
        // given
        action.env.remove("INPUT_GITHUB-TOKEN");
        pullRequest("pull_request", "octo-org/app", pr -> {});

        // when
        int exit = action.run();

        // then
        assertThat(exit).isEqualTo(ActionMain.ERROR);
        assertThat(action.log)
                .contains("::error title=goose-ci::no GitHub token to push the tests with: set input 'github-token'")
                .doesNotContain("generating tests");
        assertThat(action.output()).isEqualTo("conclusion=error\n");
    }

    @Test
    void shouldNotAskForTheHeadWhenLandingIsOff() throws Exception {
        // given: the same checkout, but nothing will be pushed; the workspace is not a Maven project
        action.env.put("INPUT_LANDING", "off");
        pullRequest("pull_request", "octo-org/app", pr -> pr.with("head").put("sha", action.base));

        // when
        int exit = action.run();

        // then: it went on to generate, and stopped at the build
        assertThat(action.log)
                .contains("goose-ci: landing is off; the tests are only reported")
                .contains("generating tests for pull request #7")
                .contains("no pom.xml in");
        assertThat(exit).isEqualTo(ActionMain.ERROR);
        assertThat(action.fake.calls()).isEmpty();
    }

    @Test
    void shouldNameTheLandingInputWhenItIsBad() throws Exception {
        // given
        action.env.put("INPUT_LANDING", "merge");
        pullRequest("pull_request", "octo-org/app", pr -> {});

        // when
        int exit = action.run();

        // then
        assertThat(exit).isEqualTo(ActionMain.ERROR);
        assertThat(action.log)
                .contains("::error title=goose-ci::input 'landing' must be push, follow-up or off, was 'merge'");
        assertThat(action.output()).isEqualTo("conclusion=error\n");
        assertThat(action.fake.calls()).isEmpty();
    }

    private void givenEvent(String event, String headRepo) throws Exception {
        if (event.equals("issue_comment")) {
            action.event(
                    "issue_comment",
                    "ActionEventsITest/issue_comment.json",
                    Map.of(
                            "ACTION", "created",
                            "LOGIN", "mona",
                            "USER_TYPE", "User",
                            "ASSOCIATION", "MEMBER",
                            "BODY", "(set below)"),
                    payload -> payload.with("comment").put("body", "/goose tests"));
        } else if (event.equals("workflow_dispatch")) {
            action.event("workflow_dispatch", "ActionEventsITest/workflow_dispatch.json", Map.of("PR", "7"));
        } else {
            pullRequest(event, headRepo, pr -> {});
        }
    }

    /** The calls a trigger makes before the tests' own checks: the comment's admission, or the dispatch's read. */
    private static List<String> readsOnly(String event) {
        if (event.equals("issue_comment")) {
            return List.of(
                    "GET " + REPO + "/collaborators/mona/permission",
                    "POST " + REPO + "/issues/comments/1254853699/reactions",
                    "GET " + REPO + "/pulls/7");
        }
        return event.equals("workflow_dispatch") ? List.of("GET " + REPO + "/pulls/7") : List.of();
    }

    private void pullRequest(String event, String headRepo, Consumer<ObjectNode> edit) throws Exception {
        action.event(
                event,
                "ActionMainITest/pull_request.json",
                Map.of(
                        "ACTION", "opened",
                        "BASE", action.base,
                        "HEAD", action.head,
                        "LOGIN", "octocat",
                        "USER_TYPE", "User",
                        "ASSOCIATION", "MEMBER",
                        "HEAD_REPO", headRepo),
                payload -> edit.accept(payload.with("pull_request")));
    }

    private void assertSkipped(int exit, String reason, List<String> calls) throws Exception {
        assertThat(exit).as(action.log).isEqualTo(ActionMain.SUCCESS);
        assertThat(action.log).contains("goose-ci: skipped: " + reason + "\n");
        assertThat(action.fake.calls()).containsExactlyElementsOf(calls);
        assertThat(action.output()).isEqualTo("tests-kept=0\nconclusion=skipped\n");
        assertThat(action.summary()).isEqualTo("goose-ci skipped this run: " + reason + ".\n");
    }
}
