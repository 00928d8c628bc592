package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.ci.ChangePlatform;
import dev.gooseci.ci.ChangeUrl;
import dev.gooseci.config.Secret;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.scm.github.FakeGitHub;
import dev.gooseci.scm.gitlab.FakeGitLab;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** The follow-up of pushed tests, opened on the platform the change's URL names, against each platform's fake. */
class FollowUpsITest {
    private final FollowUps followUps = new FollowUps(RetryPolicy.none());

    @Test
    void shouldOpenAPullRequestIntoThePullRequestsBranchOnGitHub() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            String api = server.url(FakeGitHub.ROOT).toString();
            FakeGitHub github = new FakeGitHub(api);
            server.setDispatcher(github);

            String url = followUps.open(
                    new ChangeUrl(ChangePlatform.GITHUB, api, "octo-org/app", 7),
                    Secret.of("ghp_push"),
                    "goose-ci/tests-for-7",
                    "feature/discounts",
                    "funnel");

            assertThat(url).isEqualTo("https://github.com/octo-org/app/pull/8");
            assertThat(github.bodies("POST", "/repos/octo-org/app/pulls"))
                    .containsExactly(Json.object()
                            .put("title", "Goose CI: unit tests for #7")
                            .put("body", "funnel")
                            .put("head", "goose-ci/tests-for-7")
                            .put("base", "feature/discounts"));
        }
    }

    @Test
    void shouldOpenAMergeRequestIntoTheMergeRequestsBranchOnGitLab() throws Exception {
        try (FakeGitLab gitlab = new FakeGitLab(FollowUpsITest.class)) {
            String url = followUps.open(
                    new ChangeUrl(ChangePlatform.GITLAB, gitlab.baseUrl(), "7", 11),
                    Secret.of("token-with-api-scope"),
                    "goose-ci/tests-for-11",
                    "feature/log-loads",
                    "funnel");

            List<FakeGitLab.Exchange> posts = gitlab.requests("POST", "/projects/7/merge_requests");
            assertThat(posts).hasSize(1);
            assertThat(posts.get(0).body().path("title").asText()).isEqualTo("Goose CI: unit tests for !11");
            assertThat(posts.get(0).body().path("source_branch").asText()).isEqualTo("goose-ci/tests-for-11");
            assertThat(posts.get(0).body().path("target_branch").asText()).isEqualTo("feature/log-loads");
            assertThat(url).endsWith("/merge_requests/12");
        }
    }
}
