package dev.gooseci.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gooseci.config.Secret;
import dev.gooseci.diff.Side;
import dev.gooseci.provider.Cost;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.provider.Usage;
import dev.gooseci.report.Finding;
import dev.gooseci.report.Fingerprint;
import dev.gooseci.report.QualityGate;
import dev.gooseci.report.ReviewReport;
import dev.gooseci.report.ReviewRun;
import dev.gooseci.report.Severity;
import dev.gooseci.scm.ChangeRequest;
import dev.gooseci.scm.PublishOptions;
import dev.gooseci.scm.PublishedReview;
import dev.gooseci.scm.github.GitHubConnection;
import dev.gooseci.scm.github.GitHubPublisher;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How many GitHub API calls publishing a review of N findings takes (goal: at most 6 for 100), counted on a fake
 * GitHub on loopback that holds no earlier comments: every list is empty and every create answers with an id. Run:
 * {@code java -cp bench/target/goose-bench.jar dev.gooseci.bench.PublishBench 100}.
 */
public final class PublishBench {
    private static final String HEAD = "07374fe73aff1c2024a8d4114b32406c7a8e89b7";

    private PublishBench() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> answer(exchange, calls));
        server.start();
        try {
            String api = "http://127.0.0.1:" + server.getAddress().getPort();
            GitHubConnection github =
                    GitHubConnection.of(api, "", "octo-org/app", Secret.of("ghs_bench"), RetryPolicy.none());
            List<Finding> findings = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                findings.add(finding("src/File" + (i % 7) + ".java", 10 + i, "Finding " + i));
            }
            PublishedReview published = new GitHubPublisher(github, UnaryOperator.identity())
                    .publish(pullRequest(), report(findings), PublishOptions.defaults());
            System.out.printf(
                    "findings=%d inline=%d inBody=%d fileLevel=%d apiCalls=%d%n",
                    count, published.posted(), published.inBody(), published.fileLevel(), calls.size());
            calls.forEach(call -> System.out.println("  " + call));
        } finally {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange exchange, List<String> calls) throws IOException {
        String method = exchange.getRequestMethod();
        calls.add(method + " " + exchange.getRequestURI().getPath());
        exchange.getRequestBody().readAllBytes();
        String body = method.equals("GET")
                ? "[]"
                : "{\"id\":" + calls.size() + ",\"html_url\":\"https://github.com/octo-org/app/pull/7#x" + calls.size()
                        + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(method.equals("POST") ? 201 : 200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Finding finding(String path, int line, String title) {
        return new Finding(
                path,
                Optional.empty(),
                Optional.of(line),
                Side.RIGHT,
                Severity.MAJOR,
                "correctness",
                title,
                "Explain " + title + ".",
                Optional.empty(),
                0.9,
                Fingerprint.of(path, "correctness", title, ""));
    }

    private static ChangeRequest pullRequest() {
        return new ChangeRequest(
                7,
                "Add retries",
                "",
                "octocat",
                "c4b41922197a1d595bff30e89bb8540013ee4fd3",
                Optional.empty(),
                HEAD,
                "main",
                "feature",
                false,
                "https://github.com/octo-org/app/pull/7");
    }

    private static ReviewReport report(List<Finding> findings) {
        return new ReviewReport(
                findings,
                List.of(),
                new ReviewRun(
                        "c4b41922197a1d595bff30e89bb8540013ee4fd3",
                        HEAD,
                        "replay",
                        "scripted",
                        Usage.of(1200, 300),
                        Cost.UNKNOWN,
                        Duration.ofSeconds(4)),
                QualityGate.NONE);
    }
}
