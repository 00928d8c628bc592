package dev.gooseci.gitlabci;

import static dev.gooseci.scm.gitlab.FakeGitLab.MR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import dev.gooseci.scm.gitlab.FakeGitLab;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A merge request the job cannot review: each gets a message that says what to change, exit 2, and nothing posted. */
class MergeRequestProblemsITest {
    @TempDir
    Path workspace;

    @TempDir
    Path home;

    FakeGitLab gitlab;

    @AfterEach
    void stop() {
        gitlab.close();
    }

    Pipeline givenVersion(String base, String head) throws Exception {
        Pipeline pipeline = Pipeline.checkout(workspace, home);
        ObjectNode version = Json.object();
        version.put("id", 110);
        version.put("base_commit_sha", base == null ? pipeline.base : base);
        version.put("start_commit_sha", base == null ? pipeline.base : base);
        version.put("head_commit_sha", head == null ? pipeline.head : head);
        gitlab = new FakeGitLab(GitLabReviewITest.class).versions(List.of(version));
        return pipeline;
    }

    @Test
    void shouldSayWhichMergeRequestWasNotFound() throws Exception {
        // given
        Pipeline pipeline = givenVersion(null, null);
        Map<String, String> env = pipeline.mergeRequestEnv(gitlab.baseUrl(), home);
        env.put("CI_MERGE_REQUEST_IID", "12");

        // when
        Pipeline.Run run = Pipeline.run(env);

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("404")
                .contains("merge_requests/12")
                .contains("check CI_PROJECT_ID, CI_MERGE_REQUEST_IID");
        assertThat(gitlab.requests("POST", MR + "/draft_notes")).isEmpty();
    }

    @Test
    void shouldAskForTheBaseCommitWhenTheCloneLacksIt() throws Exception {
        // given: the merge request's base is not in this clone
        Pipeline pipeline = givenVersion("4b825dc642cb6eb9a060e54bf8d69288fbee4904", null);

        // when
        Pipeline.Run run = Pipeline.run(pipeline.mergeRequestEnv(gitlab.baseUrl(), home));

        // then
        assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
        assertThat(run.err())
                .contains("4b825dc642cb6eb9a060e54bf8d69288fbee4904")
                .contains("GIT_DEPTH: \"0\"");
        assertThat(gitlab.requests("POST", MR + "/draft_notes")).isEmpty();
        assertThat(gitlab.requests("POST", MR + "/notes")).isEmpty();
    }
}
