package dev.gooseci.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.testgen.CommitFiles;
import dev.gooseci.testgen.SampleProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mode: generate-tests} end to end on a real Maven project (the one real build of this module): the replayed
 * model proposes one good test, the gates keep it, the action pushes it to {@code goose-ci/tests-for-7} in a bare
 * "origin" and opens the follow-up pull request on the fake GitHub.
 */
class ActionTestGenITest {
    private static final String SOURCE_BRANCH = "feature/discounts";
    private static final String FOLLOW_UP = "goose-ci/tests-for-7";
    private static final String PULLS = "/repos/octo-org/app/pulls";

    @TempDir
    Path workspace;

    @TempDir
    Path runner;

    @Test
    void shouldPushOnlyTheKeptTestAndOpenTheFollowUpPullRequest() throws Exception {
        // given: the pull request's branch in a bare origin, checked out at its head
        SampleProject project = SampleProject.create(workspace.resolve("shop"));
        Path origin = runner.resolve("origin.git");
        Git.init().setBare(true).setDirectory(origin.toFile()).call().close();
        project.git
                .push()
                .setRemote(new URIish(origin.toUri().toURL()).toString())
                .setRefSpecs(new RefSpec("HEAD:refs/heads/" + SOURCE_BRANCH))
                .call();
        try (ActionHarness action = new ActionHarness(workspace.resolve("unused"), runner)) {
            givenTheAction(action, project, origin);

            // when
            int exit = action.run();

            // then: the log, the pushed commit, the follow-up, the outputs and the summary
            assertThat(exit).as(action.log).isEqualTo(ActionMain.SUCCESS);
            assertThat(action.log)
                    .contains("opening a follow-up against " + SOURCE_BRANCH + " from " + FOLLOW_UP)
                    .contains("kept com.example.shop.PricingGooseCandidateTest#discountsTenOrMore")
                    .contains("opened the follow-up pull request #8 https://github.com/octo-org/app/pull/8")
                    .doesNotContain(ActionHarness.TOKEN);
            List<String> pushed = pushedFiles(origin, project.head);
            assertThat(pushed)
                    .singleElement()
                    .satisfies(file -> assertThat(file)
                            .startsWith("src/test/java/com/example/shop/")
                            .endsWith("Test.java"));
            assertThat(action.fake.calls()).containsExactly("GET " + PULLS, "POST " + PULLS);
            List<JsonNode> opened = action.fake.bodies("POST", PULLS);
            assertThat(opened).singleElement().satisfies(body -> {
                assertThat(body.path("title").asText()).isEqualTo("Goose CI: unit tests for #7");
                assertThat(body.path("head").asText()).isEqualTo(FOLLOW_UP);
                assertThat(body.path("base").asText()).isEqualTo(SOURCE_BRANCH);
                assertThat(body.path("body").asText())
                        .startsWith("Unit tests for #7 (" + SOURCE_BRANCH + " at " + project.head + ")")
                        .contains("Merge this into " + SOURCE_BRANCH)
                        .contains("discountsTenOrMore");
            });
            assertThat(action.output())
                    .isEqualTo("tests-kept=1\ntests-branch=" + FOLLOW_UP
                            + "\nfollow-up-url=https://github.com/octo-org/app/pull/8\nconclusion=success\n");
            assertThat(action.summary())
                    .isEqualTo(Files.readString(project.dir.resolve("target/goose-ci/goose-tests.md")))
                    .contains("discountsTenOrMore");
        }
    }

    private void givenTheAction(ActionHarness action, SampleProject project, Path origin) throws Exception {
        Path transcript = runner.resolve("tests.jsonl");
        Files.write(transcript, ActionHarness.resource("ActionTestGenITest/tests.jsonl"));
        action.env.put(ActionRun.REPLAY, transcript.toString());
        action.env.put(TestsRun.PUSH_URL, origin.toUri().toString());
        action.env.put("GITHUB_WORKSPACE", project.dir.toString());
        action.env.put("PATH", System.getenv("PATH"));
        action.env.put("MAVEN_OPTS", "-Dmaven.repo.local=" + localRepository());
        action.env.put("INPUT_MODE", "generate-tests");
        action.event(
                "pull_request",
                "ActionMainITest/pull_request.json",
                Map.of(
                        "ACTION", "synchronize",
                        "BASE", project.base,
                        "HEAD", project.head,
                        "LOGIN", "octocat",
                        "USER_TYPE", "User",
                        "ASSOCIATION", "MEMBER",
                        "HEAD_REPO", "octo-org/app"),
                payload -> payload.with("pull_request").with("head").put("ref", SOURCE_BRANCH));
    }

    private static String localRepository() {
        return System.getProperty(
                "maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
    }

    /** The files the follow-up branch's tests commit changes; its parent must be the pull request's head. */
    private static List<String> pushedFiles(Path origin, String head) throws Exception {
        try (Git bare = Git.open(origin.toFile());
                RevWalk commits = new RevWalk(bare.getRepository())) {
            RevCommit tip = commits.parseCommit(bare.getRepository().resolve("refs/heads/" + FOLLOW_UP));
            assertThat(tip.getParent(0).name()).isEqualTo(head);
            assertThat(tip.getCommitterIdent().getName()).isEqualTo("goose-ci[bot]");
        }
        return CommitFiles.changedBy(origin, "refs/heads/" + FOLLOW_UP);
    }
}
