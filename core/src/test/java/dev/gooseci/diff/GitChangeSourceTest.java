package dev.gooseci.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.diff.ChangeSourceException.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Base resolution, the working tree, and each bad input the command line maps to exit code 2. */
class GitChangeSourceTest {

    @TempDir
    Path tmp;

    @Test
    void shouldSayWhenTheDirectoryIsNotARepository() {
        assertThatThrownBy(() -> GitChangeSource.open(tmp))
                .isInstanceOf(ChangeSourceException.class)
                .hasMessageContaining("is not inside a git repository")
                .extracting(e -> ((ChangeSourceException) e).problem())
                .isEqualTo(Problem.NOT_A_REPOSITORY);
    }

    @Test
    void shouldResolveBranchAndTagNames() throws Exception {
        // given main with a tag, then a feature branch with one more commit
        Path dir = tmp.resolve("repo");
        try (Git git =
                Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            RevCommit first = commit(git, dir, "a.txt", "one\n");
            git.tag().setName("v1").setAnnotated(true).setMessage("v1").call();
            git.checkout().setCreateBranch(true).setName("feature").call();
            RevCommit second = commit(git, dir, "a.txt", "one\ntwo\n");

            // when
            try (GitChangeSource source = GitChangeSource.open(dir.resolve("."))) {
                ChangeSet change = source.diff("v1", "feature");

                // then
                assertThat(change.baseSha()).isEqualTo(first.name());
                assertThat(change.headSha()).isEqualTo(second.name());
                assertThat(Describe.files(change))
                        .containsExactly(
                                "MODIFIED a.txt -> a.txt 100644/100644", "@@ -1,1 +1,2 @@", "C1/1 one", "A2 two");
            }
        }
    }

    @Test
    void shouldSayWhenTheBaseDoesNotExist() throws Exception {
        Path dir = tmp.resolve("repo");
        try (Git git =
                Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, dir, "a.txt", "one\n");
            try (GitChangeSource source = GitChangeSource.open(dir)) {
                assertThatThrownBy(() -> source.diff("release/9", "HEAD"))
                        .isInstanceOf(ChangeSourceException.class)
                        .hasMessageContaining("the base 'release/9' names no commit, branch or tag")
                        .hasMessageContaining("git fetch origin release/9")
                        .extracting(e -> ((ChangeSourceException) e).problem())
                        .isEqualTo(Problem.BASE_NOT_FOUND);
            }
        }
    }

    @Test
    void shouldDefaultToTheMergeBaseWithTheRemoteDefaultBranch() throws Exception {
        // given an origin whose main moved on after the feature branched off
        Path origin = tmp.resolve("origin");
        Path clone = tmp.resolve("clone");
        RevCommit forkPoint;
        try (Git git = Git.init()
                .setDirectory(origin.toFile())
                .setInitialBranch("main")
                .call()) {
            forkPoint = commit(git, origin, "a.txt", "one\n");
        }
        try (Git work = Git.cloneRepository()
                        .setURI(origin.toUri().toString())
                        .setDirectory(clone.toFile())
                        .call();
                Git upstream = Git.open(origin.toFile())) {
            commit(upstream, origin, "b.txt", "upstream\n");
            work.checkout().setCreateBranch(true).setName("feature").call();
            commit(work, clone, "c.txt", "feature\n");
            work.fetch().call();

            try (GitChangeSource source = GitChangeSource.open(clone)) {
                // when / then: origin/HEAD -> origin/main
                assertThat(source.defaultBase()).isEqualTo(forkPoint.name());

                // and without origin/HEAD, origin/main is used
                RefUpdate delete = work.getRepository().updateRef("refs/remotes/origin/HEAD", true);
                delete.setForceUpdate(true);
                delete.delete();
                assertThat(source.defaultBase()).isEqualTo(forkPoint.name());
                assertThat(source.diff(source.defaultBase(), "HEAD").files())
                        .extracting(FileChange::path)
                        .containsExactly("c.txt");
            }
        }
    }

    @Test
    void shouldTellAShallowCloneToFetchMoreHistory() throws Exception {
        // given an origin where main and feature share only an old commit, cloned with depth 1
        Path origin = tmp.resolve("origin");
        Path clone = tmp.resolve("clone");
        RevCommit old;
        try (Git git = Git.init()
                .setDirectory(origin.toFile())
                .setInitialBranch("main")
                .call()) {
            old = commit(git, origin, "a.txt", "one\n");
            git.checkout().setCreateBranch(true).setName("feature").call();
            commit(git, origin, "f.txt", "feature\n");
            git.checkout().setName("main").call();
            commit(git, origin, "m.txt", "main\n");
            git.checkout().setName("feature").call();
        }
        try (Git shallow = Git.cloneRepository()
                        .setURI(origin.toUri().toString())
                        .setDirectory(clone.toFile())
                        .setDepth(1)
                        .setCloneAllBranches(true)
                        .call();
                GitChangeSource source = GitChangeSource.open(clone)) {
            assertThat(clone.resolve(".git/shallow")).exists();

            // when / then: no merge base in the fetched history
            assertThatThrownBy(source::defaultBase)
                    .isInstanceOf(ChangeSourceException.class)
                    .hasMessageContaining("shallow clone")
                    .hasMessageContaining("fetch-depth: 0")
                    .hasMessageContaining("git fetch origin <branch>")
                    .extracting(e -> ((ChangeSourceException) e).problem())
                    .isEqualTo(Problem.SHALLOW_CLONE);

            // and an explicit base that was not fetched
            assertThatThrownBy(() -> source.diff(old.name(), "HEAD"))
                    .isInstanceOf(ChangeSourceException.class)
                    .hasMessageContaining("is not in this shallow clone")
                    .extracting(e -> ((ChangeSourceException) e).problem())
                    .isEqualTo(Problem.SHALLOW_CLONE);
        }
    }

    @Test
    void shouldRefuseADetachedHeadWithNoBase() throws Exception {
        Path dir = tmp.resolve("repo");
        try (Git git =
                Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            RevCommit first = commit(git, dir, "a.txt", "one\n");
            commit(git, dir, "a.txt", "two\n");
            git.checkout().setName(first.name()).call();

            try (GitChangeSource source = GitChangeSource.open(dir)) {
                assertThatThrownBy(source::defaultBase)
                        .isInstanceOf(ChangeSourceException.class)
                        .hasMessageContaining("HEAD is detached and no base was given")
                        .hasMessageContaining("--base")
                        .extracting(e -> ((ChangeSourceException) e).problem())
                        .isEqualTo(Problem.DETACHED_HEAD);
            }
        }
    }

    @Test
    void shouldDiffTheWorkingTreeWithUntrackedButNotIgnoredFiles() throws Exception {
        // given a commit, then an edit, a new file and an ignored file on disk
        Path dir = tmp.resolve("repo");
        try (Git git =
                Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, dir, ".gitignore", "*.log\n");
            RevCommit head = commit(git, dir, "a.txt", "one\n");
            Files.writeString(dir.resolve("a.txt"), "one\ntwo\n");
            Files.writeString(dir.resolve("new.txt"), "fresh\n");
            Files.writeString(dir.resolve("build.log"), "noise\n");

            // when
            try (GitChangeSource source = GitChangeSource.open(dir)) {
                ChangeSet change = source.diffWorkingTree("HEAD");

                // then
                assertThat(change.baseSha()).isEqualTo(head.name());
                assertThat(change.headSha()).isEmpty();
                assertThat(Describe.files(change))
                        .containsExactly(
                                "MODIFIED a.txt -> a.txt 100644/100644",
                                "@@ -1,1 +1,2 @@",
                                "C1/1 one",
                                "A2 two",
                                "ADDED new.txt -> new.txt 0/100644",
                                "@@ -0,0 +1,1 @@",
                                "A1 fresh");
            }
        }
    }

    private static RevCommit commit(Git git, Path dir, String path, String content) throws Exception {
        Files.writeString(dir.resolve(path), content);
        git.add().addFilepattern(path).call();
        PersonIdent who = new PersonIdent("T", "t@example.com");
        return git.commit()
                .setMessage("change " + path)
                .setAuthor(who)
                .setCommitter(who)
                .setSign(false)
                .call();
    }
}
