package dev.gooseci.gitlabci;

import static dev.gooseci.scm.gitlab.FakeGitLab.MR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import dev.gooseci.scm.gitlab.FakeGitLab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merge request pipeline against the fake GitLab: the job reads the merge request, reviews it with a replayed model
 * answer, writes the Code Quality and Markdown reports into the checkout, publishes one batch of draft notes and exits
 * with the gate's code.
 */
class GitLabReviewITest {
    @TempDir
    Path workspace;

    @TempDir
    Path home;

    Pipeline pipeline;
    FakeGitLab gitlab;

    @BeforeEach
    void givenAMergeRequestAndItsCheckout() throws Exception {
        pipeline = Pipeline.checkout(workspace, home);
        ObjectNode version = (ObjectNode) Json.parse(Files.readString(resource("versions.json")), "versions.json")
                .get(0);
        version.put("base_commit_sha", pipeline.base);
        version.put("start_commit_sha", pipeline.base);
        version.put("head_commit_sha", pipeline.head);
        gitlab = new FakeGitLab(GitLabReviewITest.class).versions(List.of(version));
    }

    @AfterEach
    void stop() {
        gitlab.close();
    }

    @Test
    void shouldPublishEveryFindingInOneBatchAndExitWithTheGate() throws Exception {
        // when
        Pipeline.Run run = Pipeline.run(pipeline.mergeRequestEnv(gitlab.baseUrl(), home));

        // then: fail-on major and a major finding
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        List<FakeGitLab.Exchange> drafts = gitlab.requests("POST", MR + "/draft_notes");
        assertThat(drafts).hasSize(2);
        assertThat(drafts)
                .extracting(e -> e.body().get("position"))
                .containsExactlyInAnyOrder(position(5), position(6));
        assertThat(gitlab.requests("POST", MR + "/draft_notes/bulk_publish")).hasSize(1);
        assertThat(gitlab.requests("POST", MR + "/notes")).hasSize(1);
        assertThat(gitlab.drafts).isEmpty();
        assertThat(run.out()).contains("published to 7!11: 2 new, 0 already there");
    }

    @Test
    void shouldWriteCodeQualityWithRelativePathsAndTheMarkdownReport() throws Exception {
        // when
        Pipeline.run(pipeline.mergeRequestEnv(gitlab.baseUrl(), home));

        // then
        JsonNode issues = Json.parse(pipeline.read("gl-code-quality-report.json"), "code quality");
        assertThat(issues).hasSize(2);
        assertThat(issues)
                .allSatisfy(
                        issue -> assertThat(issue.at("/location/path").asText()).isEqualTo(Pipeline.CACHE));
        assertThat(issues)
                .extracting(issue -> issue.at("/location/lines/begin").asInt())
                .containsExactlyInAnyOrder(5, 6);
        assertThat(issues)
                .extracting(issue -> issue.get("severity").asText())
                .containsExactlyInAnyOrder("major", "minor");
        assertThat(pipeline.read("report.md")).contains("Stream is never closed", "read may return a partial file");
    }

    @Test
    void shouldNotDuplicateWhenTheJobIsRetried() {
        // given
        Map<String, String> env = pipeline.mergeRequestEnv(gitlab.baseUrl(), home);
        Pipeline.run(env);
        gitlab.exchanges.clear();

        // when
        Pipeline.Run again = Pipeline.run(env);

        // then
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(gitlab.requests("POST", MR + "/draft_notes")).isEmpty();
        assertThat(gitlab.requests("POST", MR + "/notes")).isEmpty();
        assertThat(again.out()).contains("0 new, 2 already there");
    }

    @Test
    void shouldPassWhenNoFindingReachesFailOn() {
        // given
        Map<String, String> env = pipeline.mergeRequestEnv(gitlab.baseUrl(), home);
        env.put("GOOSE_FAIL_ON", "critical");

        // when
        Pipeline.Run run = Pipeline.run(env);

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(gitlab.requests("POST", MR + "/draft_notes/bulk_publish")).hasSize(1);
    }

    @Test
    void shouldSayThatCiJobTokenCannotPostNotesWhenOnlyItIsPresent() {
        // given
        Map<String, String> env = pipeline.mergeRequestEnv(gitlab.baseUrl(), home);
        env.remove("GOOSE_GITLAB_TOKEN");

        // when
        Pipeline.Run run = Pipeline.run(env);

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("GOOSE_GITLAB_TOKEN is not set, and only CI_JOB_TOKEN is present: CI_JOB_TOKEN cannot post"
                        + " notes")
                .contains("project or group access token with the api scope")
                .contains("masked CI/CD variable named GOOSE_GITLAB_TOKEN");
        assertThat(gitlab.exchanges).isEmpty();
    }

    @Test
    void shouldExplainARejectedToken() {
        // given
        Map<String, String> env = pipeline.mergeRequestEnv(gitlab.baseUrl(), home);
        env.put("GOOSE_GITLAB_TOKEN", "revoked-token");

        // when
        Pipeline.Run run = Pipeline.run(env);

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("401").contains("token");
        assertThat(gitlab.requests("POST", MR + "/draft_notes")).isEmpty();
    }

    @Test
    void shouldKeepTheGitLabTokensFromTheAgent() {
        // when
        Map<String, String> agent = ReviewRequests.agentEnv(pipeline.mergeRequestEnv(gitlab.baseUrl(), home));

        // then
        assertThat(agent)
                .doesNotContainKeys("GOOSE_GITLAB_TOKEN", "CI_JOB_TOKEN")
                .containsKey("CI_PROJECT_DIR");
    }

    JsonNode position(int newLine) {
        ObjectNode position = Json.object();
        position.put("position_type", "text");
        position.put("base_sha", pipeline.base);
        position.put("start_sha", pipeline.base);
        position.put("head_sha", pipeline.head);
        position.put("old_path", Pipeline.CACHE);
        position.put("new_path", Pipeline.CACHE);
        position.put("new_line", newLine);
        return position;
    }

    static Path resource(String name) throws Exception {
        return Path.of(
                GitLabReviewITest.class.getResource("GitLabReviewITest/" + name).toURI());
    }
}
