package dev.gooseci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import java.nio.file.Path;
import java.util.Map;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code gooseReview} in a real Jenkins: a Pipeline reviews a git repository with a replayed model (one major finding)
 * and writes the report files Warnings NG reads. Runs only with {@code -Pjenkins}, where the Jenkins repository is
 * reachable.
 */
@WithJenkins
class GooseReviewStepITest {
    private static final String GREETER = "src/main/java/demo/Greeter.java";

    @TempDir
    Path repo;

    @BeforeEach
    void givenARepositoryWithAChange() throws Exception {
        TestRepository.create(
                repo,
                Map.of(GREETER, "package demo;\n\nclass Greeter {\n}\n"),
                Map.of(
                        GREETER,
                        "package demo;\n\nclass Greeter {\n    String greet(String name) {\n"
                                + "        if (name == null) {\n            return name;\n        }\n"
                                + "        return name.trim();\n    }\n}\n"));
    }

    private WorkflowJob pipeline(JenkinsRule j, String failOn) throws Exception {
        Path transcript = Path.of(
                getClass().getResource("GooseReviewStepITest/review.jsonl").toURI());
        WorkflowJob job = j.createProject(WorkflowJob.class, "review-" + failOn);
        job.setDefinition(new CpsFlowDefinition(
                "node {\n"
                        + "  dir('" + TestRepository.groovy(repo) + "') {\n"
                        + "    withEnv(['GOOSE_REPLAY=" + TestRepository.groovy(transcript) + "']) {\n"
                        + "      gooseReview(failOn: '" + failOn + "')\n"
                        + "    }\n"
                        + "  }\n"
                        + "  echo 'after the review'\n"
                        + "}\n",
                true));
        return job;
    }

    @Test
    void shouldReviewTheRepositoryAndWriteTheReports(JenkinsRule j) throws Exception {
        // when
        WorkflowRun run = j.buildAndAssertSuccess(pipeline(j, "critical"));

        // then
        j.assertLogContains("Not a pull or merge request build (no CHANGE_ID): writing report files only.", run);
        j.assertLogContains(GREETER + ":8: [major] name is dereferenced when it is null", run);
        j.assertLogContains("Quality gate: passed (fail-on: critical).", run);
        j.assertLogContains("Goose CI: build result SUCCESS (PASSED).", run);
        Path reports = repo.resolve(".goose-ci/review");
        assertThat(reports.resolve("checkstyle-result.xml")).content().contains("name is dereferenced when it is null");
        assertThat(reports.resolve("goose.sarif")).content().contains("name is dereferenced when it is null");
        assertThat(reports.resolve("report.md")).content().contains("name is dereferenced when it is null");
    }

    @Test
    void shouldMarkTheBuildUnstableWhenTheGateFails(JenkinsRule j) throws Exception {
        // when
        WorkflowRun run = j.buildAndAssertStatus(Result.UNSTABLE, pipeline(j, "major"));

        // then: UNSTABLE lets the Pipeline go on
        j.assertLogContains("Goose CI: build result UNSTABLE (GATE_FAILED).", run);
        j.assertLogContains("after the review", run);
    }
}
