package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lands kept tests on a real local bare repository, as a CI host does after the gates. */
class TestLandingITest {
    private static final String TEST_FILE = "src/test/java/com/example/shop/PricingGooseTest.java";

    @TempDir
    Path work;

    @TempDir
    Path remote;

    @Test
    void shouldPushOnlyTheTestsToTheFollowUpBranchAndReplaceThemOnARerun() throws Exception {
        SampleProject project = givenAProjectWithOrigin();
        Landing landing = Landing.decide(facts(project, LandingMode.FOLLOW_UP));
        List<String> log = new ArrayList<>();

        SampleProject.write(work, TEST_FILE, "class PricingGooseTest {}\n");
        CommitResult first = land(project, landing, log).orElseThrow();
        project.git
                .reset()
                .setRef(project.head)
                .setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD)
                .call();
        SampleProject.write(work, TEST_FILE, "class PricingGooseTest { /* second run */ }\n");
        CommitResult second = land(project, landing, log).orElseThrow();

        assertThat(first.sha()).isNotEqualTo(second.sha());
        try (Git bare = Git.open(remote.toFile());
                RevWalk walk = new RevWalk(bare.getRepository())) {
            Repository repo = bare.getRepository();
            RevCommit tip = walk.parseCommit(repo.resolve("refs/heads/goose-ci/tests-for-42"));
            assertThat(tip.name()).isEqualTo(second.sha());
            assertThat(tip.getParent(0).name()).isEqualTo(project.head);
            assertThat(tip.getCommitterIdent().getName()).isEqualTo("goose-ci[bot]");
            assertThat(CommitFiles.changedBy(remote, "refs/heads/goose-ci/tests-for-42"))
                    .containsExactly(TEST_FILE);
            assertThat(repo.resolve("refs/heads/goose-ci/tests-for-42~1").name())
                    .as("one tests commit on top of the source head, not one per run")
                    .isEqualTo(project.head);
        }
        assertThat(log).contains("pushed to goose-ci/tests-for-42 (replacing an earlier run's)");
    }

    @Test
    void shouldPushToTheSourceBranchWithoutForcing() throws Exception {
        SampleProject project = givenAProjectWithOrigin();
        project.git.push().setRemote("origin").add("main").call();
        Landing landing = Landing.decide(facts(project, LandingMode.PUSH));
        SampleProject.write(work, TEST_FILE, "class PricingGooseTest {}\n");

        CommitResult pushed = land(project, landing, new ArrayList<>()).orElseThrow();

        try (Git bare = Git.open(remote.toFile())) {
            assertThat(bare.getRepository().resolve("refs/heads/main").name()).isEqualTo(pushed.sha());
        }
    }

    @Test
    void shouldRefuseToLandFromACheckoutThatIsNotTheSourceHead() throws Exception {
        SampleProject project = givenAProjectWithOrigin();
        Landing landing = Landing.decide(facts(project, LandingMode.FOLLOW_UP));
        SampleProject.write(work, TEST_FILE, "class PricingGooseTest {}\n");

        assertThatThrownBy(() -> TestLanding.land(
                        work, List.of(TEST_FILE), "m", landing, project.base, "origin", Optional.empty(), s -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not at the source branch's head " + project.base);
    }

    @Test
    void shouldTellABotCommitFromAnAuthorsCommit() throws Exception {
        SampleProject project = givenAProjectWithOrigin();
        assertThat(TestLanding.headByBot(work)).isFalse();
        SampleProject.write(work, TEST_FILE, "class PricingGooseTest {}\n");

        land(project, Landing.decide(facts(project, LandingMode.FOLLOW_UP)), new ArrayList<>());

        assertThat(TestLanding.headByBot(work)).isTrue();
    }

    private SampleProject givenAProjectWithOrigin() throws Exception {
        SampleProject project = SampleProject.create(work);
        Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
        project.git
                .remoteAdd()
                .setName("origin")
                .setUri(new URIish(remote.toUri().toURL()))
                .call();
        return project;
    }

    private static LandingFacts facts(SampleProject project, LandingMode mode) {
        return new LandingFacts(false, "main", 42, project.head, Set.of(), false, mode);
    }

    private Optional<CommitResult> land(SampleProject project, Landing landing, List<String> log) {
        return TestLanding.land(
                work,
                List.of(TEST_FILE),
                "Add 1 generated unit test\n",
                landing,
                project.head,
                "origin",
                Optional.empty(),
                log::add);
    }
}
