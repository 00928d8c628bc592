package dev.gooseci.gitlabci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Fixtures;
import dev.gooseci.provider.Json;
import dev.gooseci.scm.gitlab.FakeGitLab;
import dev.gooseci.testgen.CommitFiles;
import dev.gooseci.testgen.SampleProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code goose-gitlab-tests} as its own process on a real Maven project (the one real build of this module): the
 * replayed model proposes one good test, the gates keep it, and the job pushes it to {@code goose-ci/tests-for-11} in
 * a bare "origin" and opens the follow-up merge request on a fake GitLab.
 */
class GitLabTestGenProcessITest {
    static final String SOURCE_BRANCH = "feature/discounts";
    static final String FOLLOW_UP = "refs/heads/goose-ci/tests-for-11";
    static final String CANDIDATE = """
            package com.example.shop;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class PricingGooseCandidateTest {
                @Test
                void discountsTenOrMore() {
                    assertEquals(90, new Pricing().discounted(10, 10));
                }
            }
            """;

    @TempDir
    Path workspace;

    @TempDir
    Path home;

    @Test
    void shouldPushOnlyTheKeptTestAndOpenTheFollowUpMergeRequest() throws Exception {
        // given
        SampleProject project = SampleProject.create(workspace);
        Path origin = home.resolve("origin.git");
        Git.init().setBare(true).setDirectory(origin.toFile()).call().close();
        project.git
                .remoteAdd()
                .setName("origin")
                .setUri(new URIish(origin.toUri().toURL()))
                .call();
        project.git
                .push()
                .setRemote("origin")
                .setRefSpecs(new RefSpec("HEAD:refs/heads/" + SOURCE_BRANCH))
                .call();
        try (FakeGitLab gitlab = new FakeGitLab(GitLabReviewITest.class).mergeRequest(mergeRequest(project.head))) {
            Map<String, String> env = env(project, gitlab.baseUrl(), origin);

            // when
            Process process = start(env);
            assertThat(process.waitFor(15, TimeUnit.MINUTES)).isTrue();

            // then
            String log = Files.readString(home.resolve("job.log"), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(log).isZero();
            assertThat(log)
                    .contains("opening a follow-up against " + SOURCE_BRANCH)
                    .as("progress while it works")
                    .contains(
                            "baseline changed-line coverage: ",
                            "target 1/1: com.example.shop.Pricing: the agent writes")
                    .contains("kept com.example.shop.PricingGooseCandidateTest#discountsTenOrMore")
                    .contains("opened the follow-up merge request !12")
                    .doesNotContain(Pipeline.TOKEN);
            List<String> pushed = pushedFiles(origin, project.head);
            assertThat(pushed).hasSize(1);
            assertThat(pushed.get(0))
                    .startsWith("src/test/java/com/example/shop/")
                    .endsWith("Test.java");
            List<FakeGitLab.Exchange> opened = gitlab.requests("POST", "/projects/7/merge_requests");
            assertThat(opened).hasSize(1);
            JsonNode body = opened.get(0).body();
            assertThat(body.path("source_branch").asText()).isEqualTo("goose-ci/tests-for-11");
            assertThat(body.path("target_branch").asText()).isEqualTo(SOURCE_BRANCH);
            assertThat(body.path("remove_source_branch").asBoolean()).isTrue();
            assertThat(body.has("target_project_id")).isFalse();
            assertThat(body.path("title").asText()).isEqualTo("Goose CI: unit tests for !11");
            assertThat(body.path("description").asText()).contains("discountsTenOrMore");
        }
    }

    private static JsonNode mergeRequest(String head) throws Exception {
        ObjectNode mr = (ObjectNode) Fixtures.json(GitLabReviewITest.class, "merge-request.json");
        mr.put("source_branch", SOURCE_BRANCH);
        mr.put("sha", head);
        mr.set("labels", Json.MAPPER.createArrayNode().add("backend"));
        return mr;
    }

    private Map<String, String> env(SampleProject project, String apiUrl, Path origin) throws Exception {
        Path transcript = home.resolve("tests.jsonl");
        Files.writeString(transcript, transcript());
        String url = origin.toUri().toString();
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", home.toString());
        env.put("MAVEN_OPTS", "-Dmaven.repo.local=" + localRepository());
        env.put("GITLAB_CI", "true");
        env.put("CI", "true");
        env.put("CI_PROJECT_DIR", workspace.toString());
        env.put("CI_PROJECT_URL", url.substring(0, url.length() - ".git/".length()));
        env.put("CI_COMMIT_SHA", project.head);
        env.put("CI_PIPELINE_SOURCE", "merge_request_event");
        env.put("CI_API_V4_URL", apiUrl);
        env.put("CI_PROJECT_ID", "7");
        env.put("CI_MERGE_REQUEST_IID", "11");
        env.put("CI_MERGE_REQUEST_DIFF_BASE_SHA", project.base);
        env.put("GOOSE_GITLAB_TOKEN", Pipeline.TOKEN);
        env.put("CI_JOB_TOKEN", "job-token-that-may-not-push");
        env.put("GOOSE_REPLAY", transcript.toString());
        return env;
    }

    private Process start(Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Dmaven.repo.local=" + localRepository(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        GitLabTestGenMain.class.getName())
                .directory(workspace.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("job.log").toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    private static String localRepository() {
        return System.getProperty(
                "maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
    }

    /** The model writes the candidate, runs it once, and stops. */
    private static String transcript() {
        String write = Json.write(Json.object()
                .put("path", "src/test/java/com/example/shop/PricingGooseCandidateTest.java")
                .put("content", CANDIDATE));
        String run = "{\"test_class\":\"com.example.shop.PricingGooseCandidateTest\"}";
        return String.join(
                "\n",
                "{\"goose_transcript\":1,\"provider\":\"hand-written\",\"model\":\"demo\"}",
                turn(
                        1,
                        "{\"type\":\"tool_request\",\"id\":\"w1\",\"name\":\"developer__write_file\",\"arguments\":"
                                + write + "}"),
                turn(
                        2,
                        "{\"type\":\"tool_request\",\"id\":\"r1\",\"name\":\"testgen__run_tests\",\"arguments\":" + run
                                + "}"),
                turn(3, "{\"type\":\"text\",\"text\":\"Wrote PricingGooseCandidateTest.\"}"),
                "");
    }

    private static String turn(int number, String content) {
        return "{\"turn\":" + number + ",\"response\":{\"message\":{\"role\":\"assistant\",\"content\":[" + content
                + "]},\"usage\":{\"input_tokens\":50,\"output_tokens\":10},\"model\":\"demo\"}}";
    }

    /** The files the tests commit on the follow-up branch changes against its parent, which must be the MR's head. */
    private static List<String> pushedFiles(Path origin, String head) throws Exception {
        try (Git bare = Git.open(origin.toFile());
                RevWalk commits = new RevWalk(bare.getRepository())) {
            RevCommit tip = commits.parseCommit(bare.getRepository().resolve(FOLLOW_UP));
            assertThat(tip.getParent(0).name()).isEqualTo(head);
            assertThat(tip.getCommitterIdent().getName()).isEqualTo("goose-ci[bot]");
        }
        return CommitFiles.changedBy(origin, FOLLOW_UP);
    }
}
