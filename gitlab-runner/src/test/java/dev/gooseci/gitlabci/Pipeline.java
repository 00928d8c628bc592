package dev.gooseci.gitlabci;

import dev.gooseci.review.GitRepo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A GitLab CI job's workspace: a real repository with a base and a head commit, the recorded model answer beside it,
 * and the {@code CI_*} variables GitLab sets for a merge request pipeline or a push pipeline.
 */
final class Pipeline {
    static final String CACHE = "src/main/java/demo/Cache.java";
    static final String TOKEN = "token-with-api-scope";

    final Path dir;
    final String base;
    final String head;
    final Path transcript;

    private Pipeline(Path dir, String base, String head, Path transcript) {
        this.dir = dir;
        this.base = base;
        this.head = head;
        this.transcript = transcript;
    }

    /** The repository of the merge request in the fixtures: Cache.load now reads a stream (new lines 5 and 6). */
    static Pipeline checkout(Path dir, Path home) throws Exception {
        String base;
        String head;
        try (GitRepo repo = GitRepo.init(dir)) {
            repo.write(CACHE, cache("        return \"\";\n"));
            base = repo.commit("first");
            repo.write(CACHE, cache("        java.io.InputStream in = open(path);\n        return read(in);\n"));
            head = repo.commit("read through a stream");
        }
        Path transcript = home.resolve("review.jsonl");
        try (InputStream in = Pipeline.class.getResourceAsStream("GitLabReviewITest/review.jsonl")) {
            Files.write(transcript, in.readAllBytes());
        }
        return new Pipeline(dir, base, head, transcript);
    }

    private static String cache(String body) {
        return "package demo;\n\nclass Cache {\n    String load(String path) throws Exception {\n" + body
                + "    }\n}\n";
    }

    /** The variables of a merge_request_event pipeline for merge request 11 of project 7 (the fake's). */
    Map<String, String> mergeRequestEnv(String apiUrl, Path home) {
        Map<String, String> env = common(home);
        env.put("CI_PIPELINE_SOURCE", "merge_request_event");
        env.put("CI_API_V4_URL", apiUrl);
        env.put("CI_PROJECT_ID", "7");
        env.put("CI_MERGE_REQUEST_IID", "11");
        env.put("CI_MERGE_REQUEST_DIFF_BASE_SHA", base);
        env.put("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main");
        env.put("CI_COMMIT_BEFORE_SHA", "0000000000000000000000000000000000000000");
        env.put("GOOSE_GITLAB_TOKEN", TOKEN);
        env.put("CI_JOB_TOKEN", "job-token-that-cannot-post-notes");
        return env;
    }

    /** The variables of a push pipeline whose previous head was the base commit. */
    Map<String, String> pushEnv(Path home) {
        Map<String, String> env = common(home);
        env.put("CI_PIPELINE_SOURCE", "push");
        env.put("CI_COMMIT_BEFORE_SHA", base);
        env.put("CI_JOB_TOKEN", "job-token-that-cannot-post-notes");
        return env;
    }

    private Map<String, String> common(Path home) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("GITLAB_CI", "true");
        env.put("CI", "true");
        env.put("CI_PROJECT_DIR", dir.toString());
        env.put("CI_COMMIT_SHA", head);
        env.put("CI_JOB_URL", "https://gitlab.example.com/my-group/my-project/-/jobs/42");
        env.put("GOOSE_FAIL_ON", "major");
        env.put("GOOSE_REPLAY", transcript.toString());
        return env;
    }

    /** Runs the review entry point in this JVM, as the container would with {@code env}. */
    static Run run(Map<String, String> env) {
        return run(GitLabReviewMain::run, env);
    }

    /** Runs {@code entry} in this JVM, as the container would with {@code env}. */
    static Run run(EntryPoint entry, Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = entry.run(
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    String read(String file) throws IOException {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }

    /** An entry point's {@code run(env, out, err)}: the review's or the test generation's. */
    interface EntryPoint {
        int run(Map<String, String> env, PrintStream out, PrintStream err);
    }

    /** What one run of the entry point did. */
    record Run(int exitCode, String out, String err) {}
}
