package dev.gooseci.scm.gitlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.config.Secret;
import dev.gooseci.provider.Fixtures;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading a merge request's labels and fork, and opening the follow-up merge request, against a fake GitLab. */
class GitLabMergeRequestsITest {
    final List<Duration> sleeps = new ArrayList<>();
    FakeGitLab gitlab;
    GitLabMergeRequests mergeRequests;

    @BeforeEach
    void start() throws Exception {
        gitlab = new FakeGitLab(GitLabChangeSourceITest.class);
        mergeRequests = new GitLabMergeRequests(new GitLabApi(
                new OkHttpClient(),
                gitlab.baseUrl(),
                Secret.of("token-with-api-scope"),
                RetryPolicy.defaults().withSleeper(sleeps::add)));
    }

    @AfterEach
    void stop() {
        gitlab.close();
    }

    @Test
    void shouldReadBranchesHeadAndThatTheSourceIsInTheSameProject() {
        MergeRequestInfo info = mergeRequests.read(Samples.MR);

        assertThat(info.sourceBranch()).isEqualTo("feature/log-loads");
        assertThat(info.targetBranch()).isEqualTo("main");
        assertThat(info.headSha()).isEqualTo(Samples.HEAD);
        assertThat(info.fromFork()).isFalse();
        assertThat(info.labels()).isEmpty();
    }

    @Test
    void shouldReadLabelsAndAForkAsTheSourceProject() throws Exception {
        ObjectNode mr = (ObjectNode) Fixtures.json(GitLabChangeSourceITest.class, "merge-request.json");
        mr.put("source_project_id", 42);
        mr.set("labels", Json.MAPPER.readTree("[\"goose:skip-tests\", \"backend\"]"));
        gitlab.mergeRequest(mr);

        MergeRequestInfo info = mergeRequests.read(Samples.MR);

        assertThat(info.fromFork()).isTrue();
        assertThat(info.sourceProjectId()).isEqualTo(42);
        assertThat(info.labels()).containsExactlyInAnyOrder("goose:skip-tests", "backend");
    }

    @Test
    void shouldOpenTheFollowUpWithTheDocumentedFields() {
        FollowUp followUp = mergeRequests.openFollowUp(request("first run"));

        assertThat(followUp.reused()).isFalse();
        assertThat(followUp.iid()).isEqualTo(12);
        assertThat(followUp.webUrl()).endsWith("/merge_requests/12");
        List<FakeGitLab.Exchange> posts = gitlab.requests("POST", "/projects/7/merge_requests");
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).body()).isEqualTo(Json.parse("""
                        {"title": "Tests for !11", "description": "first run",
                         "source_branch": "goose-ci/tests-for-11", "target_branch": "feature/log-loads",
                         "remove_source_branch": true}
                        """, "expected"));
    }

    @Test
    void shouldUpdateTheOpenFollowUpOnARerunInsteadOfOpeningASecond() {
        mergeRequests.openFollowUp(request("first run"));

        FollowUp again = mergeRequests.openFollowUp(request("second run"));

        assertThat(again.reused()).isTrue();
        assertThat(again.iid()).isEqualTo(12);
        assertThat(gitlab.requests("POST", "/projects/7/merge_requests")).hasSize(1);
        assertThat(gitlab.mergeRequests.opened).hasSize(1);
        assertThat(gitlab.mergeRequests.opened.get(0).path("description").asText())
                .isEqualTo("second run");
        assertThat(gitlab.requests("GET", "/projects/7/merge_requests").get(1).query())
                .contains("state=opened")
                .contains("source_branch=goose-ci%2Ftests-for-11")
                .contains("target_branch=feature%2Flog-loads");
    }

    @Test
    void shouldTargetTheForkWhenTheSourceBranchLivesThere() {
        FollowUpRequest toFork = new FollowUpRequest(
                "7", "goose-ci/tests-for-11", "feature/log-loads", Optional.of(7L), "Tests for !11", "fork");

        mergeRequests.openFollowUp(toFork);

        assertThat(gitlab.requests("POST", "/projects/7/merge_requests")
                        .get(0)
                        .body()
                        .path("target_project_id")
                        .asLong())
                .isEqualTo(7);
    }

    @Test
    void shouldSayWhatToFixWhenTheTokenIsRejected() {
        GitLabMergeRequests anonymous = new GitLabMergeRequests(
                new GitLabApi(new OkHttpClient(), gitlab.baseUrl(), Secret.of("wrong"), RetryPolicy.defaults()));

        assertThatThrownBy(() -> anonymous.openFollowUp(request("x")))
                .isInstanceOf(GitLabException.class)
                .hasMessageContaining("GOOSE_GITLAB_TOKEN");
    }

    private static FollowUpRequest request(String description) {
        return new FollowUpRequest(
                "7", "goose-ci/tests-for-11", "feature/log-loads", Optional.empty(), "Tests for !11", description);
    }
}
