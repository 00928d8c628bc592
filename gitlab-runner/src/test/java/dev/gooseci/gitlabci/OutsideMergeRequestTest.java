package dev.gooseci.gitlabci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.provider.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pipelines that are not for a merge request: the pushed commits are reviewed and only reports are written (no
 * GitLab URL is even known), or the job skips with a reason when told to, or when a new branch has nothing to compare
 * with.
 */
class OutsideMergeRequestTest {
    @TempDir
    Path workspace;

    @TempDir
    Path home;

    Pipeline pipeline;

    @BeforeEach
    void givenAPushedBranch() throws Exception {
        pipeline = Pipeline.checkout(workspace, home);
    }

    @Test
    void shouldReviewThePushedCommitsAndOnlyWriteReports() throws Exception {
        // when
        Pipeline.Run run = Pipeline.run(pipeline.pushEnv(home));

        // then
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("reviewing " + pipeline.base + ".." + pipeline.head + " and writing reports only")
                .doesNotContain("published");
        assertThat(Json.parse(pipeline.read("gl-code-quality-report.json"), "code quality"))
                .hasSize(2);
        assertThat(pipeline.read("report.md")).contains("Stream is never closed");
    }

    @Test
    void shouldWriteReportsIntoTheConfiguredDirectory() throws Exception {
        // given
        Map<String, String> env = pipeline.pushEnv(home);
        env.put("GOOSE_OUTPUT_DIR", "goose-reports");

        // when
        Pipeline.run(env);

        // then
        assertThat(workspace.resolve("goose-reports/gl-code-quality-report.json"))
                .isRegularFile();
        assertThat(workspace.resolve("goose-reports/report.md")).isRegularFile();
        assertThat(workspace.resolve("report.md")).doesNotExist();
    }

    @Test
    void shouldSkipWithAReasonWhenConfiguredTo() {
        // given
        Map<String, String> env = pipeline.pushEnv(home);
        env.put("GOOSE_SKIP_OUTSIDE_MR", "true");

        // when
        Pipeline.Run run = Pipeline.run(env);

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("skipped: pipeline source 'push' is not a merge request pipeline,"
                        + " and GOOSE_SKIP_OUTSIDE_MR is true");
        assertThat(Files.exists(workspace.resolve("report.md"))).isFalse();
    }

    @Test
    void shouldSkipANewBranchWhoseDefaultBranchIsNotInTheClone() {
        // given: forty zeros, and no origin to find a merge base with
        Map<String, String> env = pipeline.pushEnv(home);
        env.put("CI_COMMIT_BEFORE_SHA", "0000000000000000000000000000000000000000");

        // when
        Pipeline.Run run = Pipeline.run(env);

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("a new branch (no CI_COMMIT_BEFORE_SHA)").contains("skipped: a new branch");
        assertThat(Files.exists(workspace.resolve("report.md"))).isFalse();
    }
}
