package dev.gooseci.jenkins;

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
 * {@code gooseGenerateTests} in a real Jenkins, on changes that need no Maven build: the step's wiring, its return
 * value and its failure on a wrong parameter. Core's tests cover what it decides; generation on a real project is
 * core's {@code TestGeneratorITest}. Runs only with {@code -Pjenkins}.
 */
@WithJenkins
class GooseGenerateTestsStepITest {
    private static final String POM = "<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId>"
            + "<artifactId>x</artifactId><version>1</version></project>\n";

    @TempDir
    Path repo;

    @BeforeEach
    void givenAChangeToTheReadmeOnly() throws Exception {
        TestRepository.create(
                repo, Map.of("pom.xml", POM, "README.md", "# x\n"), Map.of("README.md", "# x, documented\n"));
    }

    private WorkflowJob pipeline(JenkinsRule j, String name, String parameters) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, name);
        job.setDefinition(new CpsFlowDefinition(
                "node {\n"
                        + "  dir('" + TestRepository.groovy(repo) + "') {\n"
                        + "    def kept = gooseGenerateTests(" + parameters + ")\n"
                        + "    echo \"kept ${kept} tests\"\n"
                        + "  }\n"
                        + "}\n",
                true));
        return job;
    }

    @Test
    void shouldSucceedWithNothingToTest(JenkinsRule j) throws Exception {
        // when
        WorkflowRun run = j.buildAndAssertSuccess(pipeline(j, "nothing-to-test", "onNoTests: 'failure'"));

        // then
        j.assertLogContains(
                "Goose CI: build result SUCCESS (nothing to test: no Java source under src/main/java changed).", run);
        j.assertLogContains("kept 0 tests", run);
    }

    @Test
    void shouldFailWithCoresMessageOnAWrongParameter(JenkinsRule j) throws Exception {
        // when
        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, pipeline(j, "wrong-commit", "commit: 'push'"));

        // then
        j.assertLogContains("Goose CI: unknown commit value 'push': use none, branch, pull-request or auto", run);
        j.assertLogNotContains("kept 0 tests", run);
    }
}
