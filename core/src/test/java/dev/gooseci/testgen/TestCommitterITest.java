package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commits and pushes against a real local bare repository. */
class TestCommitterITest {
    @TempDir
    Path work;

    @TempDir
    Path remote;

    @Test
    void shouldPushACommitThatHoldsOnlyTheTestFiles() throws Exception {
        SampleProject project = SampleProject.create(work);
        Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
        project.git
                .remoteAdd()
                .setName("origin")
                .setUri(new org.eclipse.jgit.transport.URIish(remote.toUri().toURL()))
                .call();
        SampleProject.write(
                work, "src/test/java/com/example/shop/PricingGooseTest.java", "class PricingGooseTest {}\n");
        SampleProject.write(work, "src/main/java/com/example/shop/Stray.java", "class Stray {}\n");
        SampleProject.write(work, "README.md", "changed\n");
        TestCommitter committer = new TestCommitter(work);

        CommitResult commit = committer.commit(
                List.of("src/test/java/com/example/shop/PricingGooseTest.java"), "Add 1 generated unit test\n");
        CommitResult pushed = committer.push(commit, "origin", "goose/tests", Optional.empty());

        assertThat(pushed.pushedTo()).contains("origin/goose/tests");
        try (Git bare = Git.open(remote.toFile())) {
            Repository repo = bare.getRepository();
            ObjectId tip = repo.resolve("refs/heads/goose/tests");
            assertThat(tip.name()).isEqualTo(commit.sha());
            try (RevWalk walk = new RevWalk(repo)) {
                RevCommit pushedCommit = walk.parseCommit(tip);
                assertThat(pushedCommit.getAuthorIdent().getName()).isEqualTo("goose-ci[bot]");
                assertThat(pushedCommit.getCommitterIdent().getName()).isEqualTo("goose-ci[bot]");
                assertThat(pushedCommit.getFullMessage()).isEqualTo("Add 1 generated unit test\n");
                assertThat(CommitFiles.changedBy(remote, "refs/heads/goose/tests"))
                        .containsExactly("src/test/java/com/example/shop/PricingGooseTest.java");
            }
        }
    }

    @Test
    void shouldRefuseToCommitAnythingButTestSources() throws Exception {
        SampleProject.create(work);
        TestCommitter committer = new TestCommitter(work);

        assertThatThrownBy(() -> committer.commit(List.of("src/main/java/com/example/shop/Pricing.java"), "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refusing to commit src/main/java/com/example/shop/Pricing.java");
    }
}
