package dev.gooseci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import dev.gooseci.review.GitRepo;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code goose-ci review} end to end over a real repository with two commits and a replayed model answer: every
 * finding lands on the right line in every report format, and bad input exits 2 with a message that says what to do.
 */
class ReviewCommandTest {
    static final String CACHE = "src/main/java/demo/Cache.java";
    static final String DAO = "src/main/java/demo/UserDao.java";

    @TempDir
    Path repoDir;

    @TempDir
    Path home;

    private String base;

    @BeforeEach
    void givenARepositoryWithTwoCommits() throws Exception {
        try (GitRepo repo = GitRepo.init(repoDir)) {
            repo.write(
                    CACHE,
                    "package demo;\n\nimport java.io.InputStream;\n\nclass Cache {\n"
                            + "    String load(String path) throws Exception {\n        return \"\";\n    }\n}\n");
            repo.write(DAO, dao("        return null;\n"));
            repo.write("README.md", "# Demo\n");
            repo.write("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
            base = repo.commit("first");
            repo.write(
                    CACHE,
                    "package demo;\n\nimport java.io.InputStream;\n\nclass Cache {\n"
                            + "    String load(String path) throws Exception {\n"
                            + "        InputStream in = open(path);\n        return read(in);\n    }\n\n"
                            + "    InputStream open(String path) throws Exception {\n"
                            + "        return new java.io.FileInputStream(path);\n    }\n\n"
                            + "    String read(InputStream in) throws Exception {\n"
                            + "        return new String(in.readAllBytes());\n    }\n}\n");
            repo.write(DAO, dao("        return \"SELECT * FROM users WHERE name = '\" + name + \"'\";\n"));
            repo.write("README.md", "# Demo\n\nA demo.\n");
            repo.write("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 3, 4, 5});
            repo.commit("second");
        }
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

    @Test
    void shouldPutEveryFindingOnItsLineInEveryReportFormat() throws Exception {
        // when
        CliRun run = review("--base", base, "--fail-on", "critical", "--replay", transcript());

        // then: the gate fails on the critical finding
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED.code());
        assertThat(run.out())
                .contains("[unit 1/1] " + CACHE + ", " + DAO + ", README.md: completed, 6 findings")
                .contains(CACHE + ":4: [minor] Class Cache is not thread-safe\n"
                        + CACHE + ":7: [major] Stream is never closed\n"
                        + DAO + ": [major] No test covers find\n"
                        + DAO + ":5: [critical] SQL built by string concatenation\n")
                .contains("Review: 4 findings (1 critical, 2 major, 1 minor) in 1 unit; 1 not reviewed; 1 note.")
                .contains("Quality gate: failed (fail-on: critical).");
        Path out = repoDir.resolve(".goose-ci/review");

        String markdown = Files.readString(out.resolve("report.md"));
        assertThat(markdown)
                .contains("| 1 | minor | [" + CACHE + ":4](" + CACHE
                        + ") | concurrency | Class Cache is not thread-safe |\n"
                        + "| 2 | major | [" + CACHE + ":7-8](" + CACHE
                        + ") | resource-leak | Stream is never closed |\n"
                        + "| 3 | major | [" + DAO + "](" + DAO + ") | tests | No test covers find |\n"
                        + "| 4 | critical | [" + DAO + ":5](" + DAO + ") | security | SQL built by string"
                        + " concatenation |\n")
                .contains("- `logo.png`: binary\n")
                .contains("- finding dropped, `src/main/java/demo/Other.java`: 'Imagined problem' is on a file outside"
                        + " the change\n");

        JsonNode sarif = Json.MAPPER.readTree(out.resolve("goose.sarif").toFile());
        List<String> regions = new ArrayList<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            JsonNode location = result.at("/locations/0/physicalLocation");
            JsonNode region = location.path("region");
            regions.add(location.at("/artifactLocation/uri").asText() + "@"
                    + (region.isMissingNode() ? "file" : region.path("startLine") + "-" + region.path("endLine")));
        }
        assertThat(regions).containsExactly(CACHE + "@4-4", CACHE + "@7-8", DAO + "@file", DAO + "@5-5");

        JsonNode quality =
                Json.MAPPER.readTree(out.resolve("gl-code-quality-report.json").toFile());
        List<String> lines = new ArrayList<>();
        quality.forEach(issue -> lines.add(issue.at("/location/path").asText() + ":"
                + issue.at("/location/lines/begin").asInt()));
        assertThat(lines).containsExactly(CACHE + ":4", CACHE + ":7", DAO + ":1", DAO + ":5");

        String checkstyle = Files.readString(out.resolve("checkstyle-result.xml"));
        assertThat(checkstyle)
                .contains("<error line=\"4\" severity=\"info\" message=\"Class Cache is not thread-safe\"")
                .contains("<error line=\"7\" severity=\"warning\" message=\"Stream is never closed\"")
                .contains("<error line=\"0\" severity=\"warning\" message=\"No test covers find\"")
                .contains("<error line=\"5\" severity=\"error\" message=\"SQL built by string concatenation\"");

        JsonNode json = Json.MAPPER.readTree(out.resolve("goose-review.json").toFile());
        List<String> spans = new ArrayList<>();
        json.path("findings").forEach(f -> spans.add(f.path("start_line") + ".." + f.path("line")));
        assertThat(spans).containsExactly("null..4", "7..8", "null..null", "null..5");
        assertThat(json.at("/findings/1/suggestion").asText()).startsWith("        try (InputStream in");
        assertThat(json.at("/gate/passed").asBoolean()).isFalse();
        assertThat(json.at("/notes/0/kind").asText()).isEqualTo("dropped_finding");
        assertThat(json.at("/run/tokens/input").asInt()).isEqualTo(900);
    }

    @Test
    void shouldExitZeroWhenNoFindingReachesTheGate() throws Exception {
        CliRun run = review("--base", base, "--fail-on", "blocker", "--replay", transcript(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Quality gate: passed (fail-on: blocker).");
        assertThat(repoDir.resolve(".goose-ci/review")).isDirectoryContaining("glob:**/goose-review.json");
        assertThat(repoDir.resolve(".goose-ci/review/report.md")).doesNotExist();
    }

    @Test
    void shouldPrintThePlanAndCallNoModelOnADryRun() {
        // when: no replay and no provider: a model call would fail
        CliRun run = review("--base", base, "--dry-run");

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Dry run: no model is called.")
                .containsPattern("Unit 1 \\(~\\d+ tokens\\): " + CACHE + ", " + DAO + ", README.md\n")
                .contains("Tools: developer__read_file, developer__list_files, developer__search, git__git_diff,"
                        + " git__git_log, git__git_show, git__git_blame, final_output\n")
                .contains("Not reviewed: 1 file\n  logo.png: binary\n");
        assertThat(repoDir.resolve(".goose-ci")).doesNotExist();
    }

    @Test
    void shouldWriteTheSameShardFileOnEveryRun() throws Exception {
        // when
        CliRun first = review("--base", base, "--replay", transcript(), "--shard", "1/1");
        String once = withoutTime(repoDir.resolve(".goose-ci/review/goose-review-shard-1-of-1.json"));
        CliRun second = review("--base", base, "--replay", transcript(), "--shard", "1/1");
        String again = withoutTime(repoDir.resolve(".goose-ci/review/goose-review-shard-1-of-1.json"));

        // then
        assertThat(first.exitCode()).isZero();
        assertThat(second.exitCode()).isZero();
        assertThat(again).isEqualTo(once).contains("\"schema_version\": 1");
        assertThat(repoDir.resolve(".goose-ci/review/report.md")).doesNotExist();
    }

    @Test
    void shouldSayNothingToReviewForAnEmptyDiff() {
        CliRun run = review("--base", "HEAD");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("nothing to review");
    }

    @Test
    void shouldRejectAnUnknownFormat() {
        CliRun run = review("--base", base, "--format", "markdown,pdf");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("unknown report format 'pdf': use one or more of markdown, sarif");
    }

    @Test
    void shouldRejectADirectoryOutsideGit(@TempDir Path plain) {
        CliRun run = CliRun.of(env(), "", "review", "-w", plain.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("is not inside a git repository");
    }

    @Test
    void shouldRejectABaseThatNamesNoCommit() {
        CliRun run = review("--base", "no-such-branch");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("the base 'no-such-branch' names no commit, branch or tag here");
    }

    @Test
    void shouldSayHowToFetchTheBaseInAShallowClone() throws IOException {
        // given
        Files.writeString(repoDir.resolve(".git/shallow"), base + "\n");

        // when
        CliRun run = review("--base", "origin/main");

        // then
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err())
                .contains("shallow clone")
                .contains("fetch-depth: 0")
                .contains("git fetch origin");
    }

    @Test
    void shouldAskForABaseOnADetachedHeadWithoutOne() throws Exception {
        // given
        try (GitRepo repo = GitRepo.init(repoDir)) {
            repo.git().checkout().setName(base).call();
        }

        // when
        CliRun run = review();

        // then
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("HEAD is detached and no base was given").contains("--base");
    }

    private CliRun review(String... args) {
        List<String> all = new ArrayList<>(List.of("review", "-w", repoDir.toString()));
        all.addAll(List.of(args));
        return CliRun.of(env(), "", all.toArray(new String[0]));
    }

    private Map<String, String> env() {
        return Map.of("HOME", home.toString());
    }

    private static String transcript() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ReviewCommandTest.class.getResource("ReviewCommandTest/review.jsonl"))
                        .toURI())
                .toString();
    }

    private static String withoutTime(Path file) throws IOException {
        return Files.readString(file).replaceAll("\"wall_time_ms\": \\d+", "");
    }
}
