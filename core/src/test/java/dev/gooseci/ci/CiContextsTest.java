package dev.gooseci.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CiContextsTest {
    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void shouldReadAGithubPullRequestJob() {
        CiContext context = CiContexts.detect(env(
                "GITHUB_ACTIONS", "true",
                "GITHUB_REPOSITORY", "octo/widgets",
                "GITHUB_REF", "refs/pull/42/merge",
                "GITHUB_BASE_REF", "main",
                "GITHUB_HEAD_REF", "feature/x",
                "GITHUB_SHA", "abc123",
                "GITHUB_EVENT_NAME", "pull_request",
                "GITHUB_WORKSPACE", "/home/runner/work/widgets",
                "GITHUB_API_URL", "https://ghe.example.com/api/v3",
                "GITHUB_SERVER_URL", "https://ghe.example.com",
                "GITHUB_RUN_ID", "7"));

        assertThat(context.host()).isEqualTo(CiHost.GITHUB_ACTIONS);
        assertThat(context.changeId()).contains(42);
        assertThat(context.repository()).contains("octo/widgets");
        assertThat(context.baseRef()).contains("main");
        assertThat(context.headRef()).contains("feature/x");
        assertThat(context.headSha()).contains("abc123");
        assertThat(context.apiUrl()).contains("https://ghe.example.com/api/v3");
        assertThat(context.buildUrl()).contains("https://ghe.example.com/octo/widgets/actions/runs/7");
        assertThat(context.workspace()).contains("/home/runner/work/widgets");
        assertThat(context.forChangeRequest()).isTrue();
    }

    @Test
    void shouldDefaultTheGithubApiAndFindNoPullRequestOnAPush() {
        CiContext context = CiContexts.detect(
                env("GITHUB_ACTIONS", "true", "GITHUB_REF", "refs/heads/main", "GITHUB_EVENT_NAME", "push"));

        assertThat(context.changeId()).isEmpty();
        assertThat(context.apiUrl()).contains("https://api.github.com");
        assertThat(context.forChangeRequest()).isFalse();
    }

    @Test
    void shouldReadAGitlabMergeRequestPipeline() {
        CiContext context = CiContexts.detect(env(
                "GITLAB_CI", "true",
                "CI_API_V4_URL", "https://gitlab.example.com/api/v4",
                "CI_PROJECT_ID", "278964",
                "CI_MERGE_REQUEST_IID", "17",
                "CI_MERGE_REQUEST_DIFF_BASE_SHA", "base000",
                "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main",
                "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "fix-bug",
                "CI_COMMIT_SHA", "head111",
                "CI_PROJECT_DIR", "/builds/group/project",
                "CI_PIPELINE_SOURCE", "merge_request_event",
                "CI_JOB_URL", "https://gitlab.example.com/group/project/-/jobs/9"));

        assertThat(context.host()).isEqualTo(CiHost.GITLAB_CI);
        assertThat(context.changeId()).contains(17);
        assertThat(context.baseSha()).contains("base000");
        assertThat(context.headSha()).contains("head111");
        assertThat(context.repository()).contains("278964");
        assertThat(context.apiUrl()).contains("https://gitlab.example.com/api/v4");
        assertThat(context.event()).contains("merge_request_event");
    }

    @ParameterizedTest(name = "before sha {0} -> base {1}")
    @CsvSource({"abc999, abc999", "0000000000000000000000000000000000000000, ''"})
    void shouldTakeTheBeforeShaOfABranchPipelineUnlessItIsZeros(String before, String base) {
        CiContext context = CiContexts.detect(
                env("GITLAB_CI", "true", "CI_COMMIT_BEFORE_SHA", before, "CI_PIPELINE_SOURCE", "push"));

        assertThat(context.changeId()).isEmpty();
        assertThat(context.baseSha()).isEqualTo(base.isEmpty() ? Optional.empty() : Optional.of(base));
    }

    @Test
    void shouldReadAJenkinsMultibranchPullRequestBuild() {
        CiContext context = CiContexts.detect(env(
                "JENKINS_URL", "https://ci.example.com/",
                "CHANGE_ID", "128",
                "CHANGE_URL", "https://github.com/octo/widgets/pull/128",
                "CHANGE_TARGET", "main",
                "CHANGE_BRANCH", "feature/y",
                "GIT_COMMIT", "def456",
                "WORKSPACE", "/var/jenkins/ws",
                "JOB_NAME", "widgets/PR-128",
                "BUILD_URL", "https://ci.example.com/job/widgets/job/PR-128/3/"));

        assertThat(context.host()).isEqualTo(CiHost.JENKINS);
        assertThat(context.changeId()).contains(128);
        assertThat(context.baseRef()).contains("main");
        assertThat(context.headRef()).contains("feature/y");
        assertThat(context.headSha()).contains("def456");
        assertThat(context.event()).contains("change_request");
        assertThat(context.repository()).contains("octo/widgets");
        assertThat(context.apiUrl()).contains("https://api.github.com");
    }

    @Test
    void shouldKeepTheJobNameWhenTheChangeUrlNamesNoKnownPlatform() {
        CiContext context = CiContexts.detect(env(
                "JENKINS_URL", "https://ci/",
                "CHANGE_ID", "9",
                "CHANGE_URL", "https://bitbucket.org/team/repo/pull-requests/9",
                "JOB_NAME", "repo/PR-9"));

        assertThat(context.repository()).contains("repo/PR-9");
        assertThat(context.apiUrl()).isEmpty();
    }

    @ParameterizedTest(name = "CHANGE_ID={0}")
    @CsvSource({"'', branch", "I8f3a2b, change_request"})
    void shouldHaveNoChangeNumberForBranchBuildsOrNonNumericIds(String changeId, String event) {
        CiContext context =
                CiContexts.detect(env("JENKINS_URL", "https://ci/", "CHANGE_ID", changeId, "BRANCH_NAME", "main"));

        assertThat(context.changeId()).isEmpty();
        assertThat(context.event()).contains(event);
        assertThat(context.headRef()).contains("main");
    }

    @Test
    void shouldFallBackToALocalRun() {
        CiContext context = CiContexts.detect(env("HOME", "/home/me", "GITHUB_ACTIONS", "false"));

        assertThat(context.host()).isEqualTo(CiHost.LOCAL);
        assertThat(context.forChangeRequest()).isFalse();
    }
}
