package dev.gooseci.gitlabci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Fixtures;
import dev.gooseci.provider.Json;
import dev.gooseci.scm.gitlab.FakeGitLab;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test generation job's paths that end before any build: the skip label, a non-merge-request pipeline, a missing
 * token and a malformed landing setting, against the fake GitLab.
 */
class GitLabTestGenMainITest {
    @TempDir
    Path workspace;

    @TempDir
    Path home;

    FakeGitLab gitlab;
    Pipeline pipeline;

    @BeforeEach
    void start() throws Exception {
        pipeline = Pipeline.checkout(workspace, home);
        gitlab = new FakeGitLab(GitLabReviewITest.class);
    }

    @AfterEach
    void stop() {
        gitlab.close();
    }

    @Test
    void shouldSkipAMergeRequestLabelledToSkipTests() throws Exception {
        ObjectNode mr = (ObjectNode) Fixtures.json(GitLabReviewITest.class, "merge-request.json");
        mr.put("sha", pipeline.head);
        mr.set("labels", Json.MAPPER.createArrayNode().add("goose:skip-tests"));
        gitlab.mergeRequest(mr);

        Pipeline.Run run = Pipeline.run(GitLabTestGenMain::run, pipeline.mergeRequestEnv(gitlab.baseUrl(), home));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("skipped: the change request has the label goose:skip-tests");
        assertThat(gitlab.requests("POST", "/projects/7/merge_requests")).isEmpty();
    }

    @Test
    void shouldSkipOutsideAMergeRequestPipeline() {
        Pipeline.Run run = Pipeline.run(GitLabTestGenMain::run, pipeline.pushEnv(home));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("skipped: pipeline source 'push' is not a merge request pipeline");
    }

    @Test
    void shouldExplainThatTheJobTokenCannotLandTests() {
        Map<String, String> env = pipeline.mergeRequestEnv(gitlab.baseUrl(), home);
        env.remove("GOOSE_GITLAB_TOKEN");

        Pipeline.Run run = Pipeline.run(GitLabTestGenMain::run, env);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("GOOSE_GITLAB_TOKEN is not set, and only CI_JOB_TOKEN is present")
                .contains("write_repository");
    }

    @Test
    void shouldNameTheLandingSettingWhenItIsMalformed() {
        Map<String, String> env = pipeline.mergeRequestEnv(gitlab.baseUrl(), home);
        env.put("GOOSE_TESTS_LANDING", "force-push");

        Pipeline.Run run = Pipeline.run(GitLabTestGenMain::run, env);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("GOOSE_TESTS_LANDING must be push, follow-up or off, was 'force-push'");
    }
}
