package dev.gooseci.scm.gitlab;

import static dev.gooseci.scm.gitlab.FakeGitLab.MR;
import static dev.gooseci.scm.gitlab.Samples.BASE;
import static dev.gooseci.scm.gitlab.Samples.CACHE;
import static dev.gooseci.scm.gitlab.Samples.HEAD;
import static dev.gooseci.scm.gitlab.Samples.NEW_NAME;
import static dev.gooseci.scm.gitlab.Samples.OLD_NAME;
import static dev.gooseci.scm.gitlab.Samples.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gooseci.config.Secret;
import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.ChangeType;
import dev.gooseci.diff.FileChange;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.scm.ChangeRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading a merge request, its latest version's diff refs and its diffs from a fake GitLab. */
class GitLabChangeSourceITest {
    final List<Duration> sleeps = new ArrayList<>();
    FakeGitLab gitlab;

    @BeforeEach
    void start() throws Exception {
        gitlab = new FakeGitLab(GitLabChangeSourceITest.class);
    }

    @AfterEach
    void stop() {
        gitlab.close();
    }

    GitLabChangeSource source(MergeRequestId mr, String token) {
        GitLabApi api = new GitLabApi(
                new OkHttpClient(),
                gitlab.baseUrl(),
                Secret.of(token),
                RetryPolicy.defaults().withSleeper(sleeps::add));
        return new GitLabChangeSource(api, mr, Path.of("no-checkout-needed"));
    }

    GitLabChangeSource source() {
        return source(Samples.MR, "token-with-api-scope");
    }

    @Test
    void shouldReadTheMergeRequestWithItsLatestVersionsRefs() {
        // when
        ChangeRequest request = source().read();

        // then
        assertThat(request)
                .isEqualTo(new ChangeRequest(
                        11,
                        "Cache: log every load",
                        "Logs each path the cache loads.",
                        "admin",
                        BASE,
                        Optional.of(START),
                        HEAD,
                        "main",
                        "feature/log-loads",
                        false,
                        "https://gitlab.example.com/my-group/my-project/-/merge_requests/11"));
    }

    @Test
    void shouldMapEveryKindOfDiffEntry() {
        // given
        GitLabChangeSource source = source();

        // when
        ChangeSet change = source.changes(source.read());

        // then
        assertThat(change.baseSha()).isEqualTo(BASE);
        assertThat(change.headSha()).isEqualTo(HEAD);
        assertThat(change.files())
                .extracting(
                        FileChange::oldPath,
                        FileChange::newPath,
                        FileChange::type,
                        FileChange::oldMode,
                        f -> f.hunks().size())
                .containsExactly(
                        tuple(CACHE, CACHE, ChangeType.MODIFIED, 0100644, 1),
                        tuple(OLD_NAME, NEW_NAME, ChangeType.RENAMED, 0100644, 1),
                        tuple(
                                "src/main/java/dev/example/Fresh.java",
                                "src/main/java/dev/example/Fresh.java",
                                ChangeType.ADDED,
                                0,
                                1),
                        tuple(
                                "src/main/java/dev/example/Gone.java",
                                "src/main/java/dev/example/Gone.java",
                                ChangeType.DELETED,
                                0100644,
                                1));
        assertThat(change.files().get(0).hunks().get(0).header()).isEqualTo("@@ -10,6 +10,7 @@");
    }

    @Test
    void shouldReadDiffsAcrossPages() {
        // given
        gitlab.pageSize(1);
        GitLabChangeSource source = source();

        // when
        ChangeSet change = source.changes(source.read());

        // then
        assertThat(change.files()).hasSize(4);
        assertThat(gitlab.requests("GET", MR + "/diffs"))
                .extracting(FakeGitLab.Exchange::query)
                .containsExactly("per_page=100", "per_page=100&page=2", "per_page=100&page=3", "per_page=100&page=4");
    }

    @Test
    void shouldAskAgainWhileGitLabPreparesTheFirstVersion() {
        // given
        gitlab.failOnce("GET", MR + "/versions", FakeGitLab.json(200, "[]"));

        // when
        ChangeRequest request = source().read();

        // then
        assertThat(request.headSha()).isEqualTo(HEAD);
        assertThat(sleeps).containsExactly(GitLabChangeSource.VERSION_WAIT);
    }

    @Test
    void shouldExplainWhenTheMergeRequestNeverGetsDiffRefs() {
        // given
        gitlab.versions(List.of());

        // when / then
        assertThatThrownBy(() -> source().read())
                .isInstanceOf(GitLabException.class)
                .hasMessageContaining("7!11 has no diff version")
                .hasMessageContaining("run the job again")
                .extracting(e -> ((GitLabException) e).problem())
                .isEqualTo(GitLabException.Problem.NOT_READY);
        assertThat(sleeps).hasSize(GitLabChangeSource.VERSION_ATTEMPTS - 1);
    }

    @Test
    void shouldEncodeAProjectPathAndExplainWhenItIsNotFound() {
        // when / then
        assertThatThrownBy(() -> source(new MergeRequestId("my-group/my-project", 11), "token-with-api-scope")
                        .read())
                .isInstanceOf(GitLabException.class)
                .hasMessageContaining("failed with 404")
                .hasMessageContaining("CI_PROJECT_ID");
        assertThat(gitlab.exchanges.get(0).path()).isEqualTo("/projects/my-group%2Fmy-project/merge_requests/11");
    }

    @Test
    void shouldSayWhichTokenToSetWhenGitLabRejectsIt() {
        // when / then
        assertThatThrownBy(() -> source(Samples.MR, "expired").read())
                .isInstanceOf(GitLabException.class)
                .hasMessageContaining("GOOSE_GITLAB_TOKEN")
                .extracting(e -> ((GitLabException) e).problem())
                .isEqualTo(GitLabException.Problem.AUTHENTICATION);
        assertThat(gitlab.exchanges).hasSize(1);
    }
}
