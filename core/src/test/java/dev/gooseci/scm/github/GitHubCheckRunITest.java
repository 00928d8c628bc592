package dev.gooseci.scm.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.config.Secret;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.report.Finding;
import dev.gooseci.report.QualityGate;
import dev.gooseci.report.Severity;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GitHubCheckRunITest {
    private final MockWebServer server = new MockWebServer();
    private FakeGitHub fake;
    private GitHubCheckRun checkRun;

    @BeforeEach
    void start() throws IOException {
        server.start();
        fake = new FakeGitHub(server.url(FakeGitHub.ROOT).toString());
        server.setDispatcher(fake);
        GitHubConnection github = GitHubConnection.of(
                server.url(FakeGitHub.ROOT).toString(), "", "octo-org/app", Secret.of("ghs_token"), RetryPolicy.none());
        checkRun = new GitHubCheckRun(github, text -> text.replace("hunter2", "***"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldSendAnnotationsInBatchesOfFifty() {
        // given 120 findings
        List<Finding> findings = IntStream.rangeClosed(1, 120)
                .mapToObj(i -> TestReports.onLine("src/App.java", i, "Finding " + i))
                .toList();

        // when
        checkRun.publish(TestReports.pullRequest(), TestReports.report(findings, QualityGate.failOn(Severity.MAJOR)));

        // then
        assertThat(fake.calls())
                .containsExactly(
                        "GET /repos/octo-org/app", "POST /repos/octo-org/app/check-runs",
                        "PATCH /repos/octo-org/app/check-runs/1000", "PATCH /repos/octo-org/app/check-runs/1000");
        List<JsonNode> bodies = fake.calls.stream()
                .filter(c -> c.body() != null)
                .map(FakeGitHub.Call::body)
                .toList();
        assertThat(bodies)
                .extracting(b -> b.path("output").path("annotations").size())
                .containsExactly(50, 50, 20);
        JsonNode created = bodies.get(0);
        assertThat(created.path("name").asText()).isEqualTo("goose-ci");
        assertThat(created.path("head_sha").asText()).isEqualTo(TestReports.HEAD);
        assertThat(created.path("status").asText()).isEqualTo("completed");
        assertThat(created.path("conclusion").asText()).isEqualTo("failure");
        assertThat(created.path("output").path("title").asText()).isEqualTo("120 findings");
        assertThat(created.path("output").path("summary").asText())
                .isEqualTo("0 blocker, 0 critical, 120 major, 0 minor, 0 info. Quality gate: failed (fail-on: major).");
        assertThat(created.path("output").path("annotations").get(0)).isEqualTo(Json.parse("""
                {"path":"src/App.java","start_line":1,"end_line":1,"annotation_level":"warning",
                 "message":"Explain Finding 1.","title":"[major] Finding 1"}""", "expected"));
    }

    @Test
    void shouldConcludeNeutralWithFindingsAndNoGateAndRedactTheText() {
        Finding secret = TestReports.atFile("config.yml", "Password hunter2 in the file");

        checkRun.publish(TestReports.pullRequest(), TestReports.report(List.of(secret)));

        JsonNode created = fake.bodies("POST", "/repos/octo-org/app/check-runs").get(0);
        assertThat(created.path("conclusion").asText()).isEqualTo("neutral");
        assertThat(created.path("output").path("annotations").get(0)).isEqualTo(Json.parse("""
                {"path":"config.yml","start_line":1,"end_line":1,"annotation_level":"warning",
                 "message":"(whole file) Explain Password *** in the file.","title":"[major] Password *** in the file"}""", "expected"));
    }

    @Test
    void shouldConcludeSuccessWithoutFindings() {
        checkRun.publish(TestReports.pullRequest(), TestReports.report(List.of(), QualityGate.failOn(Severity.MAJOR)));

        assertThat(fake.bodies("POST", "/repos/octo-org/app/check-runs")
                        .get(0)
                        .path("conclusion")
                        .asText())
                .isEqualTo("success");
    }
}
