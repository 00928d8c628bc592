package dev.gooseci.scm.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.config.Secret;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.RetryPolicy;
import java.io.IOException;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GitHubFollowUpsITest {
    private static final String PULLS = "/repos/octo-org/app/pulls";

    private final MockWebServer server = new MockWebServer();
    private FakeGitHub fake;
    private GitHubFollowUps followUps;

    @BeforeEach
    void start() throws IOException {
        server.start();
        fake = new FakeGitHub(server.url(FakeGitHub.ROOT).toString());
        server.setDispatcher(fake);
        followUps = new GitHubFollowUps(GitHubConnection.of(
                server.url(FakeGitHub.ROOT).toString(),
                "",
                "octo-org/app",
                Secret.of("ghs_token"),
                RetryPolicy.none()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldOpenTheFollowUpAgainstThePullRequestsBranch() {
        // when
        FollowUpPullRequest pr = followUps.open("goose-ci/tests-for-7", "feature/discounts", "Tests", "The funnel");

        // then
        assertThat(pr).isEqualTo(new FollowUpPullRequest(8, "https://github.com/octo-org/app/pull/8", false));
        assertThat(fake.calls()).containsExactly("GET " + PULLS, "POST " + PULLS);
        assertThat(fake.calls.get(0).query()).isEqualTo("state=open&head=octo-org:goose-ci/tests-for-7&per_page=100");
        assertThat(fake.bodies("POST", PULLS))
                .containsExactly(Json.object()
                        .put("title", "Tests")
                        .put("body", "The funnel")
                        .put("head", "goose-ci/tests-for-7")
                        .put("base", "feature/discounts"));
    }

    @Test
    void shouldUpdateTheFollowUpAnEarlierRunOpened() {
        // given
        followUps.open("goose-ci/tests-for-7", "feature/discounts", "Tests", "First run");
        fake.calls.clear();

        // when
        FollowUpPullRequest pr = followUps.open("goose-ci/tests-for-7", "feature/discounts", "Tests", "Second run");

        // then
        assertThat(pr.reused()).isTrue();
        assertThat(pr.number()).isEqualTo(8);
        assertThat(fake.calls()).containsExactly("GET " + PULLS, "PATCH " + PULLS + "/8");
        assertThat(fake.bodies("PATCH", PULLS + "/8"))
                .containsExactly(Json.object().put("title", "Tests").put("body", "Second run"));
    }

    @Test
    void shouldSayWhichSettingLetsActionsOpenPullRequests() {
        // given: GitHub's answer when the repository does not let Actions create pull requests
        fake.failNext(
                "POST",
                ".*/pulls",
                FakeGitHub.json(
                        403,
                        Json.object()
                                .put(
                                        "message",
                                        "GitHub Actions is not permitted to create or approve pull requests.")));

        // then
        assertThatThrownBy(() -> followUps.open("goose-ci/tests-for-7", "feature/discounts", "Tests", "Body"))
                .isInstanceOf(GitHubApiException.class)
                .hasMessageContaining("GitHub Actions is not permitted to create or approve pull requests")
                .hasMessageContaining("'Allow GitHub Actions to create and approve pull requests'");
    }
}
