package dev.gooseci.scm.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.config.Secret;
import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.FileChange;
import dev.gooseci.diff.HunkLine;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.scm.ChangeRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okhttp3.OkHttpClient;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file whose diff GitLab leaves out ({@code too_large}) is diffed from the job's checkout instead. */
class GitLabLocalDiffITest {
    static final String FILE = "data/big.txt";

    @TempDir
    Path checkout;

    FakeGitLab gitlab;
    GitLabApi api;

    @BeforeEach
    void start() throws Exception {
        gitlab = new FakeGitLab(GitLabChangeSourceITest.class);
        api = new GitLabApi(
                new OkHttpClient(), gitlab.baseUrl(), Secret.of("token-with-api-scope"), RetryPolicy.none());
    }

    @AfterEach
    void stop() {
        gitlab.close();
    }

    /** Two commits in {@link #checkout}: the second changes line 3 of {@link #FILE}; the fake serves them. */
    void history() throws Exception {
        try (Git git = Git.init()
                .setDirectory(checkout.toFile())
                .setInitialBranch("main")
                .call()) {
            Files.createDirectories(checkout.resolve("data"));
            Files.writeString(checkout.resolve(FILE), "one\ntwo\nthree\nfour\nfive\n");
            RevCommit base = commit(git, "base");
            Files.writeString(checkout.resolve(FILE), "one\ntwo\nTHREE\nfour\nfive\n");
            RevCommit head = commit(git, "head");
            ObjectNode version = Json.object()
                    .put("id", 1)
                    .put("base_commit_sha", base.name())
                    .put("start_commit_sha", base.name())
                    .put("head_commit_sha", head.name())
                    .put("state", "collected");
            gitlab.versions(List.of(version)).diffs(List.of(tooLarge()));
        }
    }

    static RevCommit commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Dev", "dev@example.com");
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
    }

    static JsonNode tooLarge() {
        return Json.object()
                .put("old_path", FILE)
                .put("new_path", FILE)
                .put("a_mode", "100644")
                .put("b_mode", "100644")
                .put("diff", "")
                .put("new_file", false)
                .put("renamed_file", false)
                .put("deleted_file", false)
                .put("too_large", true);
    }

    ChangeSet changes(Path dir) {
        GitLabChangeSource source = new GitLabChangeSource(api, Samples.MR, dir);
        ChangeRequest request = source.read();
        return source.changes(request);
    }

    @Test
    void shouldDiffTheCheckoutWhenGitLabLeavesTheDiffOut() throws Exception {
        // given
        history();

        // when
        ChangeSet change = changes(checkout);

        // then
        FileChange file = change.files().get(0);
        assertThat(file.skipped()).isEmpty();
        assertThat(file.hunks()).hasSize(1);
        assertThat(file.hunks().get(0).lines())
                .filteredOn(line -> line.kind() != HunkLine.Kind.CONTEXT)
                .containsExactly(HunkLine.removed(3, "three"), HunkLine.added(3, "THREE"));
    }

    @Test
    void shouldKeepTheFileWithItsReasonWhenTheCheckoutCannotDiffIt(@TempDir Path notARepository) throws Exception {
        // given
        history();

        // when
        ChangeSet change = changes(notARepository);

        // then
        FileChange file = change.files().get(0);
        assertThat(file.path()).isEqualTo(FILE);
        assertThat(file.skipped())
                .hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith("GitLab left this diff out (too large) and the local checkout could not give it:")
                        .contains("not inside a git repository"));
    }
}
