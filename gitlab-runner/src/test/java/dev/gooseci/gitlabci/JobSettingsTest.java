package dev.gooseci.gitlabci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.report.Severity;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one mapping of the job's variables: what each one becomes, and errors that name every bad one. */
class JobSettingsTest {
    static final String SHA = "33e2ee8579fda5bc36accc9c6fbd0b4fefda9e30";

    static Map<String, String> mergeRequestEvent() {
        Map<String, String> env = new HashMap<>();
        env.put("CI_PROJECT_DIR", "/builds/group/project");
        env.put("CI_COMMIT_SHA", SHA);
        env.put("CI_PIPELINE_SOURCE", "merge_request_event");
        env.put("CI_API_V4_URL", "https://gitlab.example.com/api/v4");
        env.put("CI_PROJECT_ID", "7");
        env.put("CI_MERGE_REQUEST_IID", "11");
        env.put("CI_MERGE_REQUEST_DIFF_BASE_SHA", "eeb57dffe83deb686a60a71c16c32f71046868fd");
        env.put("GOOSE_GITLAB_TOKEN", "glpat-0123456789abcdefghij");
        return env;
    }

    @Test
    void shouldMapTheVariablesOfAMergeRequestPipeline() {
        // given
        Map<String, String> env = mergeRequestEvent();
        env.put("GOOSE_FAIL_ON", "major");

        // when
        JobSettings job = JobSettings.from(env);

        // then
        assertThat(job.projectDir()).isEqualTo(Path.of("/builds/group/project"));
        assertThat(job.outputDir()).isEqualTo(Path.of("/builds/group/project"));
        assertThat(job.commitSha()).isEqualTo(SHA);
        JobSettings.MergeRequest mr = job.mergeRequest().orElseThrow();
        assertThat(mr.apiUrl()).isEqualTo("https://gitlab.example.com/api/v4");
        assertThat(mr.id().toString()).isEqualTo("7!11");
        assertThat(mr.diffBaseSha()).contains("eeb57dffe83deb686a60a71c16c32f71046868fd");
        assertThat(job.token().orElseThrow().reveal()).isEqualTo("glpat-0123456789abcdefghij");
        assertThat(job.gate().failOn()).contains(Severity.MAJOR);
        assertThat(job.skipOutsideMr()).isFalse();
    }

    @Test
    void shouldFindTheMergeRequestInTheTargetProjectWhenAForksPipelineRunsInTheFork() {
        // given: GitLab's variables in a fork's merge request pipeline, which runs in the fork by default
        Map<String, String> env = mergeRequestEvent();
        env.put("CI_PROJECT_ID", "42");
        env.put("CI_MERGE_REQUEST_PROJECT_ID", "7");
        env.put("CI_MERGE_REQUEST_SOURCE_PROJECT_ID", "42");

        // when
        JobSettings job = JobSettings.from(env);

        // then
        assertThat(job.mergeRequest().orElseThrow().id().toString()).isEqualTo("7!11");
    }

    @Test
    void shouldPushTestsToTheMergeRequestsProjectWhereTheFollowUpIsOpened() {
        // given: a fork's pipeline, running in the fork
        Map<String, String> env = mergeRequestEvent();
        env.put("CI_PROJECT_URL", "https://gitlab.example.com/alice/project");
        env.put("CI_MERGE_REQUEST_PROJECT_URL", "https://gitlab.example.com/group/project/");

        // when
        TestGenSettings settings = TestGenSettings.from(env);

        // then
        assertThat(settings.requirePushUrl()).isEqualTo("https://gitlab.example.com/group/project.git");
    }

    @Test
    void shouldTreatAZeroBeforeShaAsANewBranch() {
        // given
        Map<String, String> env = mergeRequestEvent();
        env.put("CI_PIPELINE_SOURCE", "push");
        env.remove("CI_MERGE_REQUEST_IID");
        env.put("CI_COMMIT_BEFORE_SHA", "0000000000000000000000000000000000000000");

        // when
        JobSettings job = JobSettings.from(env);

        // then
        assertThat(job.mergeRequest()).isEmpty();
        assertThat(job.beforeSha()).isEmpty();
    }

    @Test
    void shouldNameEveryMissingOrMalformedVariable() {
        // given
        Map<String, String> env = mergeRequestEvent();
        env.remove("CI_API_V4_URL");
        env.remove("CI_PROJECT_ID");
        env.put("CI_MERGE_REQUEST_IID", "eleven");
        env.put("CI_COMMIT_SHA", "  ");
        env.put("GOOSE_SKIP_OUTSIDE_MR", "yes");
        env.put("GOOSE_FAIL_ON", "severe");

        // then
        assertThatThrownBy(() -> JobSettings.from(env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CI_COMMIT_SHA is not set")
                .hasMessageContaining("CI_API_V4_URL is not set")
                .hasMessageContaining("CI_PROJECT_ID is not set")
                .hasMessageContaining("CI_MERGE_REQUEST_IID is 'eleven', not a merge request number")
                .hasMessageContaining("GOOSE_SKIP_OUTSIDE_MR is 'yes': use true or false")
                .hasMessageContaining("GOOSE_FAIL_ON: unknown fail-on value 'severe'");
    }

    @Test
    void shouldExitWithBadInputNamingTheMissingCheckout() {
        // given
        Map<String, String> env = mergeRequestEvent();
        env.remove("CI_PROJECT_DIR");

        // when
        Pipeline.Run run = Pipeline.run(env);

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("CI_PROJECT_DIR is not set (the job's checkout)");
    }
}
