package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.ci.BuildResult;
import dev.gooseci.ci.JenkinsStepInput;
import dev.gooseci.ci.JenkinsTestGenInput;
import dev.gooseci.ci.JenkinsTestGenOutcome;
import dev.gooseci.ci.JenkinsTestGenPlan;
import dev.gooseci.ci.JenkinsTestGenPlanner;
import dev.gooseci.provider.ProviderCatalog;
import dev.gooseci.review.GitRepo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The step's runner on inputs that stop before any build: none of these starts Maven. */
class JenkinsTestGenTest {
    private static final String POM = "<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId>"
            + "<artifactId>x</artifactId><version>1</version></project>\n";
    private static final String CLASS = "package com.x;\n\npublic class Adder {\n"
            + "    public int add(int a, int b) {\n        return a + b;\n    }\n}\n";

    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();

    /** A pull request build of {@code dir}: CHANGE_TARGET is main, which {@code origin/main} stands for. */
    private JenkinsTestGenOutcome run(Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(Map.of("CHANGE_ID", "3", "CHANGE_TARGET", "main"));
        env.putAll(extraEnv);
        JenkinsTestGenPlan plan = new JenkinsTestGenPlanner(ProviderCatalog.load())
                .plan(
                        new JenkinsTestGenInput(null, null, null, null, null, null, null, null, null),
                        JenkinsStepInput.defaults("", "", "", ""),
                        env);
        return JenkinsTestGen.run(dir, plan, plan.coreEnv(env, Map.of()), lines::add);
    }

    /** Commits {@code base}, points {@code origin/main} at it, then commits {@code head} on top. */
    private void change(Map<String, String> base, Map<String, String> head) throws Exception {
        try (GitRepo repo = GitRepo.init(dir)) {
            for (Map.Entry<String, String> file : base.entrySet()) {
                repo.write(file.getKey(), file.getValue());
            }
            String baseSha = repo.commit("base");
            RefUpdate origin = repo.git().getRepository().updateRef("refs/remotes/origin/main");
            origin.setNewObjectId(ObjectId.fromString(baseSha));
            assertThat(origin.update()).isEqualTo(RefUpdate.Result.NEW);
            for (Map.Entry<String, String> file : head.entrySet()) {
                repo.write(file.getKey(), file.getValue());
            }
            repo.commit("head");
        }
    }

    @Test
    void shouldSucceedWithoutABuildWhenNoProductionSourceChanged() throws Exception {
        change(
                Map.of("pom.xml", POM, "src/main/java/com/x/Adder.java", CLASS, "README.md", "# x\n"),
                Map.of("README.md", "# x, documented\n"));

        JenkinsTestGenOutcome outcome = run(Map.of());

        assertThat(outcome)
                .isEqualTo(JenkinsTestGenOutcome.stopped(
                        BuildResult.SUCCESS, "nothing to test: no Java source under src/main/java changed"));
        assertThat(lines)
                .containsExactly("Goose CI: build result SUCCESS (nothing to test: no Java source under"
                        + " src/main/java changed).");
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    void shouldFailTheBuildWhenTheProjectIsNoMavenProject() throws Exception {
        change(Map.of("README.md", "# x\n"), Map.of("src/main/java/com/x/Adder.java", CLASS));

        JenkinsTestGenOutcome outcome = run(Map.of());

        assertThat(outcome.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(outcome.summary()).startsWith("the build cannot run: no pom.xml in ");
        assertThat(outcome.funnel()).isEmpty();
        assertThat(lines).last().asString().startsWith("Goose CI: build result FAILURE (the build cannot run:");
    }

    @Test
    void shouldFailTheBuildWhenTheTargetBranchWasNotFetched() throws Exception {
        change(Map.of("README.md", "# x\n"), Map.of("src/main/java/com/x/Adder.java", CLASS));

        JenkinsTestGenOutcome outcome = run(Map.of("CHANGE_TARGET", "develop"));

        assertThat(outcome.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(outcome.summary()).startsWith("cannot read the change: the base 'origin/develop' names no commit");
    }

    @Test
    void shouldReadAReplayTranscriptFromTheWorkspace() throws Exception {
        change(Map.of("pom.xml", POM), Map.of("src/main/java/com/x/Adder.java", CLASS));

        JenkinsTestGenOutcome outcome = run(Map.of("GOOSE_REPLAY", "missing.jsonl"));

        assertThat(outcome.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(outcome.summary()).startsWith("cannot read the replay transcript " + dir.resolve("missing.jsonl"));
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    void shouldRequestWhatThePlanSays() {
        JenkinsTestGenPlan plan = new JenkinsTestGenPlan(
                Map.of("provider", "openai"),
                List.of("com.x.Adder"),
                Optional.of("origin/main"),
                Optional.empty(),
                Optional.of("/abs/t.jsonl"),
                true,
                Optional.of("goose-ci/tests-for-3"),
                Optional.of("feature"),
                BuildResult.SUCCESS,
                List.of(),
                List.of());

        TestGenRequest request = JenkinsTestGen.request(dir, plan, Map.of("GOOSE_PUSH_TOKEN", "t", "HOME", "/home/ci"));

        assertThat(request.base()).contains("origin/main");
        assertThat(request.targets()).containsExactly("com.x.Adder");
        assertThat(request.replay()).contains(Path.of("/abs/t.jsonl"));
        assertThat(request.commit())
                .as("the step lands the tests itself, after the job")
                .isFalse();
        assertThat(request.push()).isEmpty();
        assertThat(request.env()).as("the job never holds the push token").doesNotContainKey("GOOSE_PUSH_TOKEN");
        assertThat(request.env()).containsEntry("HOME", "/home/ci");
        assertThat(request.flags()).containsEntry("provider", "openai");
        assertThat(JenkinsTestGen.landing(plan))
                .contains(new Landing(
                        Landing.Kind.FOLLOW_UP,
                        Optional.of("goose-ci/tests-for-3"),
                        true,
                        "follow-up branch" + " goose-ci/tests-for-3"));
    }

    @Test
    void shouldNeverForcePushTheChangesOwnBranch() {
        JenkinsTestGenPlan plan = new JenkinsTestGenPlan(
                Map.of(),
                List.of(),
                Optional.of("origin/main"),
                Optional.empty(),
                Optional.empty(),
                true,
                Optional.of("feature"),
                Optional.empty(),
                BuildResult.SUCCESS,
                List.of(),
                List.of());

        assertThat(JenkinsTestGen.landing(plan))
                .contains(new Landing(Landing.Kind.PUSH, Optional.of("feature"), false, "the change's branch feature"));
    }

    @Test
    void shouldSkipWhenTheHeadIsItsOwnTestsCommit() throws Exception {
        change(Map.of("pom.xml", POM), Map.of());
        try (GitRepo repo = GitRepo.init(dir)) {
            repo.write("src/test/java/com/x/AdderGooseTest.java", "class AdderGooseTest {}\n");
            repo.git().add().addFilepattern(".").call();
            repo.git()
                    .commit()
                    .setSign(false)
                    .setMessage("goose-ci: tests")
                    .setAuthor(TestCommitter.BOT)
                    .setCommitter(TestCommitter.BOT)
                    .call();
        }

        assertThat(JenkinsTestGen.pushBlocker(dir))
                .hasValueSatisfying(why -> assertThat(why)
                        .startsWith("skipped: the head commit ")
                        .endsWith("is Goose CI's own tests commit"));
    }

    @Test
    void shouldRefuseToPushFromAMergeOfThePullRequestWithItsTarget() throws Exception {
        change(Map.of("pom.xml", POM), Map.of("src/main/java/com/x/Adder.java", CLASS));
        try (GitRepo repo = GitRepo.init(dir)) {
            var git = repo.git();
            String pr = git.getRepository().resolve("HEAD").name();
            git.checkout()
                    .setCreateBranch(true)
                    .setName("target")
                    .setStartPoint("origin/main")
                    .call();
            repo.write("README.md", "# target moved on\n");
            repo.commit("target");
            git.merge()
                    .include(git.getRepository().resolve(pr))
                    .setMessage("Merge the pull request")
                    .setCommit(true)
                    .call();
            assertThat(git.getRepository()
                            .parseCommit(git.getRepository().resolve("HEAD"))
                            .getParentCount())
                    .isEqualTo(2);
        }

        assertThat(JenkinsTestGen.pushBlocker(dir))
                .hasValueSatisfying(why -> assertThat(why)
                        .contains("a merge of the pull request with its target")
                        .contains("'The current pull request revision'"));
    }

    @Test
    void shouldLetAnOrdinaryHeadBePushed() throws Exception {
        change(Map.of("pom.xml", POM), Map.of("src/main/java/com/x/Adder.java", CLASS));

        assertThat(JenkinsTestGen.pushBlocker(dir)).isEmpty();
    }
}
