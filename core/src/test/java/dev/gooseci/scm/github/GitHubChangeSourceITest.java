package dev.gooseci.scm.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.config.Secret;
import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.ChangeType;
import dev.gooseci.diff.FileChange;
import dev.gooseci.diff.HunkLine;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.scm.ChangeRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubChangeSourceITest {
    private final MockWebServer server = new MockWebServer();
    private FakeGitHub fake;
    private GitHubConnection github;

    @TempDir
    Path checkout;

    @BeforeEach
    void start() throws IOException {
        server.start();
        fake = new FakeGitHub(server.url(FakeGitHub.ROOT).toString());
        server.setDispatcher(fake);
        github = GitHubConnection.of(
                server.url(FakeGitHub.ROOT).toString(), "", "octo-org/app", Secret.of("ghs_token"), RetryPolicy.none());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldReadThePullRequestAndSeeAFork() {
        fake.pull.with("head").with("repo").put("full_name", "someone/app-fork");

        GitHubPullRequest pr = new GitHubChangeSource(github, 7, checkout).readPullRequest();

        ChangeRequest request = pr.request();
        assertThat(request.number()).isEqualTo(7);
        assertThat(request.headSha()).isEqualTo(TestReports.HEAD);
        assertThat(request.baseSha()).isEqualTo(TestReports.BASE);
        assertThat(request.author()).isEqualTo("maximevw");
        assertThat(request.headRef()).isEqualTo("test/stable");
        assertThat(request.fromFork()).isTrue();
        assertThat(pr.authorAssociation()).isEqualTo("MEMBER");
        assertThat(pr.headRepository()).isEqualTo("someone/app-fork");
        assertThat(fake.calls()).containsExactly("GET /repos/octo-org/app/pulls/7");
    }

    @Test
    void shouldReadTheLabelNames() {
        // given: labels as GitHub lists them on a pull request
        fake.pull.putArray("labels").add(Json.object().put("id", 208045946).put("name", "goose:skip-tests"));
        fake.pull.withArray("labels").add(Json.object().put("id", 208045947).put("name", "bug"));

        // when
        GitHubPullRequest pr = new GitHubChangeSource(github, 7, checkout).readPullRequest();

        // then
        assertThat(pr.labels()).containsExactlyInAnyOrder("goose:skip-tests", "bug");
    }

    @Test
    void shouldTakePatchesFromTheApiAndMissingOnesFromTheLocalDiff() throws Exception {
        // given a real repository with base and head, and GitHub leaving the big file's patch out
        String base;
        String head;
        try (Git git = Git.init()
                .setDirectory(checkout.toFile())
                .setInitialBranch("main")
                .call()) {
            write("src/App.java", "class App {\n    int old;\n}\n");
            write("data/Big.java", "class Big {\n}\n");
            base = commit(git, "base");
            write("src/App.java", "class App {\n    int renamed;\n}\n");
            write("data/Big.java", "class Big {\n    int added;\n}\n");
            head = commit(git, "head");
        }
        fake.pull.with("base").put("sha", base);
        fake.pull.with("head").put("sha", head);
        fake.pull.put("changed_files", 3);
        file("src/App.java", "modified", "@@ -1,3 +1,3 @@\n class App {\n-    int old;\n+    int renamed;\n }");
        file("data/Big.java", "modified", null).put("changes", 40000);
        file("gone.bin", "added", null).put("changes", 1);
        GitHubChangeSource source = new GitHubChangeSource(github, 7, checkout);

        // when
        ChangeSet change = source.changes(source.read());

        // then
        assertThat(change.baseSha()).isEqualTo(base);
        assertThat(change.files())
                .extracting(FileChange::path)
                .containsExactly("src/App.java", "data/Big.java", "gone.bin");
        assertThat(change.files().get(0).hunks().get(0).lines())
                .extracting(HunkLine::text)
                .containsExactly("class App {", "    int old;", "    int renamed;", "}");
        FileChange big = change.files().get(1);
        assertThat(big.type()).isEqualTo(ChangeType.MODIFIED);
        assertThat(big.hunks()).hasSize(1);
        assertThat(big.hunks().get(0).lines()).extracting(HunkLine::text).contains("    int added;");
        FileChange gone = change.files().get(2);
        assertThat(gone.skipped())
                .hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith(
                                "GitHub sent no patch (large or binary file) and the local diff could not supply it")
                        .contains("not in the local diff"));
        assertThat(fake.calls.stream().filter(c -> c.path().endsWith("/files")).map(FakeGitHub.Call::query))
                .containsExactly("per_page=100");
    }

    @Test
    void shouldDiffLocallyWhenThePullRequestHasMoreFilesThanTheApiLists() throws Exception {
        String base;
        String head;
        try (Git git = Git.init()
                .setDirectory(checkout.toFile())
                .setInitialBranch("main")
                .call()) {
            write("a.txt", "one\n");
            base = commit(git, "base");
            write("a.txt", "two\n");
            head = commit(git, "head");
        }
        fake.pull.with("base").put("sha", base);
        fake.pull.with("head").put("sha", head);
        fake.pull.put("changed_files", 3001);
        GitHubChangeSource source = new GitHubChangeSource(github, 7, checkout);

        ChangeSet change = source.changes(source.read());

        assertThat(change.files()).extracting(FileChange::path).containsExactly("a.txt");
        assertThat(fake.calls()).noneMatch(call -> call.endsWith("/files"));
    }

    private ObjectNode file(String path, String status, String patch) {
        ObjectNode file = fake.files
                .addObject()
                .put("sha", "bbcd538c8e72b8c175046e27cc8f907076331401")
                .put("filename", path)
                .put("status", status)
                .put("additions", 1)
                .put("deletions", 1)
                .put("changes", 2)
                .put("blob_url", "https://github.com/octo-org/app/blob/" + TestReports.HEAD + "/" + path)
                .put("raw_url", "https://github.com/octo-org/app/raw/" + TestReports.HEAD + "/" + path)
                .put("contents_url", "https://api.github.com/repos/octo-org/app/contents/" + path);
        if (patch != null) {
            file.put("patch", patch);
        }
        return file;
    }

    private void write(String path, String text) throws IOException {
        Path file = checkout.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String commit(Git git, String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        return git.commit()
                .setMessage(message)
                .setAuthor("Dev", "dev@example.com")
                .setCommitter("Dev", "dev@example.com")
                .setSign(false)
                .call()
                .name();
    }
}
