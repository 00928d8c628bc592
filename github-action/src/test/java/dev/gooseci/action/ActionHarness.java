package dev.gooseci.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import dev.gooseci.review.GitRepo;
import dev.gooseci.scm.github.FakeGitHub;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;

/**
 * The action's entry point as the runner starts it: a workspace with a real repository (a base and a head commit),
 * the output and summary files, the {@code GITHUB_*} and {@code INPUT_*} variables, a replayed model
 * ({@code ActionMainITest/review.jsonl}) and a fake GitHub on loopback whose pull request 7 has those commits.
 */
final class ActionHarness implements AutoCloseable {
    static final String CACHE = "src/main/java/demo/Cache.java";
    static final String DAO = "src/main/java/demo/UserDao.java";
    static final String TOKEN = "ghs_secret_token_123";

    final Path workspace;
    final Path runner;
    /** The workspace's repository, open until {@link #close()}. */
    final GitRepo repo;

    final MockWebServer server = new MockWebServer();
    final FakeGitHub fake;
    final Map<String, String> env = new HashMap<>();
    final String base;
    final String head;
    /** What the last run printed. */
    String log = "";

    ActionHarness(Path workspace, Path runner) throws Exception {
        this.workspace = workspace;
        this.runner = runner;
        server.start();
        fake = new FakeGitHub(server.url(FakeGitHub.ROOT).toString());
        server.setDispatcher(fake);
        repo = GitRepo.init(workspace);
        repo.write(
                CACHE,
                "package demo;\n\nimport java.io.InputStream;\n\nclass Cache {\n"
                        + "    String load(String path) throws Exception {\n        return \"\";\n    }\n}\n");
        repo.write(DAO, dao("        return null;\n"));
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
        head = repo.commit("second");
        fake.pull.with("base").put("sha", base);
        fake.pull.with("head").put("sha", head);
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_REPOSITORY", "octo-org/app");
        env.put("GITHUB_API_URL", server.url(FakeGitHub.ROOT).toString());
        env.put("GITHUB_OUTPUT", runner.resolve("output").toString());
        env.put("GITHUB_STEP_SUMMARY", runner.resolve("summary.md").toString());
        env.put("HOME", runner.toString());
        env.put("INPUT_GITHUB-TOKEN", TOKEN);
        env.put("INPUT_POST", "review");
        env.put("INPUT_FAIL-ON", "critical");
        Path replay = runner.resolve("review.jsonl");
        Files.write(replay, resource("ActionMainITest/review.jsonl"));
        env.put(ActionRun.REPLAY, replay.toString());
    }

    /** Sets {@code GITHUB_EVENT_NAME} and writes the payload {@code resource} with its {@code {{KEY}}}s filled in. */
    void event(String name, String resource, Map<String, String> values) throws IOException {
        event(name, resource, values, payload -> {});
    }

    /** As {@link #event(String, String, Map)}, then {@code edit} changes the payload. */
    void event(String name, String resource, Map<String, String> values, Consumer<ObjectNode> edit) throws IOException {
        String text = new String(resource(resource), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        ObjectNode payload = (ObjectNode) Json.parse(text, resource);
        edit.accept(payload);
        Path file = Files.createTempFile(runner, "event", ".json");
        Files.writeString(file, Json.write(payload));
        env.put("GITHUB_EVENT_NAME", name);
        env.put("GITHUB_EVENT_PATH", file.toString());
    }

    /** Runs {@code ActionMain.run} in this JVM. */
    int run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            int exit = ActionMain.run(Map.copyOf(env), out);
            log = bytes.toString(StandardCharsets.UTF_8);
            return exit;
        }
    }

    /** Runs {@code ActionMain} as its own process with only {@link #env}, as the container does. */
    int runAsProcess() throws IOException, InterruptedException {
        Path file = runner.resolve("step.log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ActionMain.class.getName())
                .directory(workspace.toFile())
                .redirectErrorStream(true)
                .redirectOutput(file.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the action did not end within 5 minutes");
        }
        log = Files.readString(file, StandardCharsets.UTF_8);
        return process.exitValue();
    }

    String output() throws IOException {
        Path file = runner.resolve("output");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    String summary() throws IOException {
        Path file = runner.resolve("summary.md");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    /** UserDao.java: 30 lines, line 5 is {@code body}. */
    static String dao(String body) {
        StringBuilder text = new StringBuilder("package demo;\n\nclass UserDao {\n    String find(String name) {\n");
        text.append(body).append("    }\n");
        for (int line = 7; line < 30; line++) {
            text.append("    // line ").append(line).append('\n');
        }
        return text.append("}\n").toString();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ActionHarness.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        repo.close();
        server.close();
    }
}
