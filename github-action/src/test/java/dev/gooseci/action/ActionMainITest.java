package dev.gooseci.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.scm.github.FakeGitHub;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action's entry point as the runner starts it: a workspace with a real repository (base and head commits), a
 * pull_request event file, the output and summary files, {@code INPUT_*} variables, a replayed model and a fake
 * GitHub on loopback.
 */
class ActionMainITest {
    static final String CACHE = "src/main/java/demo/Cache.java";
    static final String DAO = "src/main/java/demo/UserDao.java";

    @TempDir
    Path workspace;

    @TempDir
    Path runner;

    private final MockWebServer server = new MockWebServer();
    private FakeGitHub fake;
    private String base;
    private String head;
    private final Map<String, String> env = new HashMap<>();
    private String log;

    @BeforeEach
    void givenARunner() throws Exception {
        server.start();
        fake = new FakeGitHub(server.url(FakeGitHub.ROOT).toString());
        server.setDispatcher(fake);
        try (Git git = Git.init()
                .setDirectory(workspace.toFile())
                .setInitialBranch("main")
                .call()) {
            write(
                    CACHE,
                    "package demo;\n\nimport java.io.InputStream;\n\nclass Cache {\n"
                            + "    String load(String path) throws Exception {\n        return \"\";\n    }\n}\n");
            write(DAO, dao("        return null;\n"));
            base = commit(git, "first");
            write(
                    CACHE,
                    "package demo;\n\nimport java.io.InputStream;\n\nclass Cache {\n"
                            + "    String load(String path) throws Exception {\n"
                            + "        InputStream in = open(path);\n        return read(in);\n    }\n\n"
                            + "    InputStream open(String path) throws Exception {\n"
                            + "        return new java.io.FileInputStream(path);\n    }\n\n"
                            + "    String read(InputStream in) throws Exception {\n"
                            + "        return new String(in.readAllBytes());\n    }\n}\n");
            write(DAO, dao("        return \"SELECT * FROM users WHERE name = '\" + name + \"'\";\n"));
            head = commit(git, "second");
        }
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_EVENT_NAME", "pull_request");
        env.put(
                "GITHUB_EVENT_PATH",
                event("opened", "MEMBER", "octocat", "User", "octo-org/app").toString());
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_REPOSITORY", "octo-org/app");
        env.put("GITHUB_API_URL", server.url(FakeGitHub.ROOT).toString());
        env.put("GITHUB_OUTPUT", runner.resolve("output").toString());
        env.put("GITHUB_STEP_SUMMARY", runner.resolve("summary.md").toString());
        env.put("HOME", runner.toString());
        env.put("INPUT_GITHUB-TOKEN", "ghs_secret_token_123");
        env.put("INPUT_POST", "review");
        env.put("INPUT_FAIL-ON", "critical");
        env.put(ActionRun.REPLAY, resource("review.jsonl").toString());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldReviewPublishAndWriteTheOutputsWhenTheGateFails() throws Exception {
        // when
        int exit = run();

        // then: the critical finding fails the gate
        assertThat(exit).as(log).isEqualTo(ActionMain.GATE_FAILED);
        String output = Files.readString(runner.resolve("output"));
        assertThat(output)
                .contains("findings=4\n")
                .contains("highest-severity=critical\n")
                .contains("conclusion=failure\n")
                .contains("sarif-file=" + workspace.resolve(".goose-ci/review/goose.sarif") + "\n")
                .containsPattern("report<<(goose_[0-9a-f]+)\n(?s:.*)SQL built by string concatenation(?s:.*)\n\\1\n");
        assertThat(Files.readString(runner.resolve("summary.md")))
                .contains("SQL built by string concatenation")
                .contains("Stream is never closed");
        assertThat(log)
                .contains("::error file=" + DAO + ",line=5,endLine=5,title=[critical] SQL built by string"
                        + " concatenation::Use a prepared statement.")
                .contains("::warning file=" + CACHE + ",line=7,endLine=8,title=[major] Stream is never closed::")
                .doesNotContain("ghs_secret_token_123");
        // then: one review with the inline comments, then the sticky summary recording the head
        List<JsonNode> reviews = fake.bodies("POST", "/repos/octo-org/app/pulls/7/reviews");
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).path("commit_id").asText()).isEqualTo(head);
        assertThat(reviews.get(0).path("comments")).hasSize(3);
        List<JsonNode> summaries = fake.bodies("POST", "/repos/octo-org/app/issues/7/comments");
        assertThat(summaries).hasSize(1);
        assertThat(summaries.get(0).path("body").asText()).contains(head);
    }

    @Test
    void shouldPostNothingWhenPostIsNone() throws Exception {
        // given
        env.put("INPUT_POST", "none");
        env.put("INPUT_FAIL-ON", "blocker");

        // when
        int exit = run();

        // then
        assertThat(exit).as(log).isEqualTo(ActionMain.SUCCESS);
        assertThat(fake.calls()).isEmpty();
        assertThat(Files.readString(runner.resolve("output")))
                .contains("findings=4\n")
                .contains("conclusion=success\n");
    }

    @Test
    void shouldSkipAPullRequestFromAnOutsider() throws Exception {
        // given
        env.put(
                "GITHUB_EVENT_PATH",
                event("opened", "CONTRIBUTOR", "stranger", "User", "stranger/app")
                        .toString());

        // when
        int exit = run();

        // then
        assertThat(exit).isEqualTo(ActionMain.SUCCESS);
        assertThat(log).contains("skipped: the author stranger (CONTRIBUTOR) is not an owner, member or collaborator");
        assertThat(Files.readString(runner.resolve("output"))).contains("conclusion=skipped\n");
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void shouldSkipABotUnlessAllowListed() throws Exception {
        // given
        env.put(
                "GITHUB_EVENT_PATH",
                event("opened", "NONE", "dependabot[bot]", "Bot", "octo-org/app")
                        .toString());

        // when
        int skipped = run();

        // then
        assertThat(skipped).isEqualTo(ActionMain.SUCCESS);
        assertThat(log).contains("skipped: the author dependabot[bot] is a bot not listed in allowed-bots");

        // when it is listed
        env.put("INPUT_ALLOWED-BOTS", "renovate[bot], dependabot[bot]");
        env.put("INPUT_POST", "none");
        int reviewed = run();

        // then
        assertThat(reviewed).as(log).isEqualTo(ActionMain.GATE_FAILED);
    }

    @Test
    void shouldSayWhyAForkPullRequestHasNoProviderKey() throws Exception {
        // given: a member's pull request from a fork, a provider that needs a key, and no key (GitHub withholds
        // secrets)
        env.put(
                "GITHUB_EVENT_PATH",
                event("opened", "MEMBER", "octocat", "User", "octocat/app").toString());
        env.put("INPUT_PROVIDER", "anthropic");
        env.remove(ActionRun.REPLAY);

        // when
        int exit = run();

        // then
        assertThat(exit).isEqualTo(ActionMain.ERROR);
        assertThat(log)
                .contains("needs an API key: set ANTHROPIC_API_KEY")
                .contains("comes from a fork, and GitHub gives no secrets")
                .contains("'pull_request_target'");
        assertThat(Files.readString(runner.resolve("output"))).contains("conclusion=error\n");
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void shouldReportABadInputByNameWithTheErrorConclusion() throws Exception {
        // given
        env.put("INPUT_MAX-TURNS", "many");

        // when
        int exit = run();

        // then
        assertThat(exit).isEqualTo(ActionMain.ERROR);
        assertThat(log)
                .contains("::error title=goose-ci::input 'max-turns' must be a whole number above 0, such as 20,"
                        + " was 'many'");
        assertThat(Files.readString(runner.resolve("output"))).isEqualTo("conclusion=error\n");
    }

    @Test
    void shouldFailWhenTheReviewCouldNotBePublished() throws Exception {
        // given: GitHub refuses the token
        fake.failNext(
                "GET",
                ".*/pulls/7/comments",
                FakeGitHub.json(
                        403,
                        dev.gooseci.provider.Json.object().put("message", "Resource not accessible by integration")));
        env.put("INPUT_FAIL-ON", "none");

        // when
        int exit = run();

        // then
        assertThat(exit).isEqualTo(ActionMain.ERROR);
        assertThat(log).contains("::error title=goose-ci::the review was not published");
        assertThat(Files.readString(runner.resolve("output")))
                .contains("findings=4\n")
                .contains("conclusion=error\n");
    }

    @Test
    void shouldSayGenerateTestsIsNotAvailableYet() throws Exception {
        // given
        env.put("INPUT_MODE", "generate-tests");

        // when
        int exit = run();

        // then
        assertThat(exit).isEqualTo(ActionMain.ERROR);
        assertThat(log).contains("input 'mode: generate-tests' is not available yet");
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void shouldPostOnlyTheStickySummaryWhenPostIsComment() throws Exception {
        // given
        env.put("INPUT_POST", "comment");

        // when
        int exit = run();

        // then
        assertThat(exit).as(log).isEqualTo(ActionMain.GATE_FAILED);
        assertThat(fake.bodies("POST", "/repos/octo-org/app/pulls/7/reviews")).isEmpty();
        List<JsonNode> summaries = fake.bodies("POST", "/repos/octo-org/app/issues/7/comments");
        assertThat(summaries).hasSize(1);
        assertThat(summaries.get(0).path("body").asText())
                .contains("SQL built by string concatenation")
                .contains(head);
    }

    @Test
    void shouldCreateACheckRunWhenPostIsCheck() throws Exception {
        // given
        env.put("INPUT_POST", "check");

        // when
        int exit = run();

        // then
        assertThat(exit).as(log).isEqualTo(ActionMain.GATE_FAILED);
        List<JsonNode> runs = fake.bodies("POST", "/repos/octo-org/app/check-runs");
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).path("head_sha").asText()).isEqualTo(head);
        assertThat(runs.get(0).path("conclusion").asText()).isEqualTo("failure");
        assertThat(runs.get(0).at("/output/annotations")).hasSize(4);
    }

    @Test
    void shouldPointAtFetchDepthWhenTheBaseCommitIsMissing() throws Exception {
        // given: an event whose base commit the checkout does not have
        base = "0123456789abcdef0123456789abcdef01234567";
        env.put(
                "GITHUB_EVENT_PATH",
                event("opened", "MEMBER", "octocat", "User", "octo-org/app").toString());

        // when
        int exit = run();

        // then
        assertThat(exit).isEqualTo(ActionMain.ERROR);
        assertThat(log).contains("fetch-depth: 0");
        assertThat(Files.readString(runner.resolve("output"))).contains("conclusion=error\n");
    }

    @Test
    void shouldReviewOnlyTheNewCommitsWhenIncremental() throws Exception {
        // given: a first run recorded the head in the summary, then a push added a commit
        env.put("INPUT_FAIL-ON", "none");
        assertThat(run()).as(log).isEqualTo(ActionMain.SUCCESS);
        String reviewed = head;
        try (Git git = Git.open(workspace.toFile())) {
            write(DAO, dao("        return find(name.strip());\n"));
            head = commit(git, "third");
        }
        env.put(
                "GITHUB_EVENT_PATH",
                event("synchronize", "MEMBER", "octocat", "User", "octo-org/app")
                        .toString());
        env.put("INPUT_INCREMENTAL", "true");

        // when
        int exit = run();

        // then
        assertThat(exit).as(log).isEqualTo(ActionMain.SUCCESS);
        assertThat(log).contains("incremental review of the commits since " + reviewed);
        assertThat(fake.bodies("PATCH", "/repos/octo-org/app/issues/comments/" + summaryId()))
                .singleElement()
                .satisfies(body -> assertThat(body.path("body").asText()).contains(head));
    }

    private long summaryId() {
        return fake.issueComments.get(0).path("id").asLong();
    }

    private int run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            int exit = ActionMain.run(Map.copyOf(env), out);
            log = bytes.toString(StandardCharsets.UTF_8);
            return exit;
        }
    }

    private Path event(String action, String association, String login, String type, String headRepo)
            throws IOException {
        String text = new String(read("pull_request.json"), StandardCharsets.UTF_8)
                .replace("{{ACTION}}", action)
                .replace("{{BASE}}", base)
                .replace("{{HEAD}}", head)
                .replace("{{LOGIN}}", login)
                .replace("{{USER_TYPE}}", type)
                .replace("{{ASSOCIATION}}", association)
                .replace("{{HEAD_REPO}}", headRepo);
        Path file = Files.createTempFile(runner, "event", ".json");
        Files.writeString(file, text);
        return file;
    }

    private Path resource(String name) throws IOException {
        Path file = runner.resolve(name);
        Files.write(file, read(name));
        return file;
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = ActionMainITest.class.getResourceAsStream("ActionMainITest/" + name)) {
            return in.readAllBytes();
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = workspace.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        return git.commit()
                .setMessage(message)
                .setAuthor("Dev", "dev@example.com")
                .setCommitter("Dev", "dev@example.com")
                .setSign(false)
                .call()
                .getName();
    }

    /** UserDao.java: 30 lines, line 5 is {@code body}. */
    private static String dao(String body) {
        StringBuilder text = new StringBuilder("package demo;\n\nclass UserDao {\n    String find(String name) {\n");
        text.append(body).append("    }\n");
        for (int line = 7; line < 30; line++) {
            text.append("    // line ").append(line).append('\n');
        }
        return text.append("}\n").toString();
    }
}
