package dev.gooseci.gitlabci;

import static dev.gooseci.scm.gitlab.FakeGitLab.MR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import dev.gooseci.scm.gitlab.FakeGitLab;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the container runs: {@code GitLabReviewMain} as its own process, with nothing but the environment a GitLab
 * runner gives a merge request job, the checkout in {@code CI_PROJECT_DIR}, and the fake GitLab on loopback.
 */
class EntryPointProcessITest {
    @TempDir
    Path workspace;

    @TempDir
    Path home;

    @Test
    void shouldReviewPublishAndExitWithTheGateAsAProcess() throws Exception {
        // given
        Pipeline pipeline = Pipeline.checkout(workspace, home);
        ObjectNode version = Json.object();
        version.put("id", 110);
        version.put("base_commit_sha", pipeline.base);
        version.put("start_commit_sha", pipeline.base);
        version.put("head_commit_sha", pipeline.head);
        try (FakeGitLab gitlab = new FakeGitLab(GitLabReviewITest.class).versions(List.of(version))) {
            Map<String, String> env = pipeline.mergeRequestEnv(gitlab.baseUrl(), home);

            // when
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-XX:TieredStopAtLevel=1",
                            "-XX:+UseSerialGC",
                            "-cp",
                            System.getProperty("java.class.path"),
                            GitLabReviewMain.class.getName())
                    .directory(workspace.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("job.log").toFile());
            builder.environment().clear();
            builder.environment().putAll(env);
            Process process = builder.start();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

            // then
            String log = Files.readString(home.resolve("job.log"), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(log).isEqualTo(1);
            assertThat(log).contains("published to 7!11: 2 new").doesNotContain(Pipeline.TOKEN);
            assertThat(gitlab.requests("POST", MR + "/draft_notes")).hasSize(2);
            assertThat(gitlab.requests("POST", MR + "/draft_notes/bulk_publish"))
                    .hasSize(1);
            assertThat(workspace.resolve("gl-code-quality-report.json")).isRegularFile();
            assertThat(workspace.resolve("report.md")).isRegularFile();
        }
    }
}
