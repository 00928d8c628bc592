package dev.gooseci.scm.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.config.Secret;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.RetryPolicy;
import java.io.IOException;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GitHubTriggersITest {
    private final MockWebServer server = new MockWebServer();
    private FakeGitHub fake;
    private GitHubTriggers triggers;

    @BeforeEach
    void start() throws IOException {
        server.start();
        fake = new FakeGitHub(server.url(FakeGitHub.ROOT).toString());
        server.setDispatcher(fake);
        GitHubConnection github = GitHubConnection.of(
                server.url(FakeGitHub.ROOT).toString(), "", "octo-org/app", Secret.of("ghs_token"), RetryPolicy.none());
        triggers = new GitHubTriggers(github);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({
        "admin,    admin,    admin,    true",
        "maintain, write,    maintain, true",
        "write,    write,    write,    true",
        "triage,   read,     triage,   false",
        "read,     read,     read,     false",
    })
    void shouldReadTheRolesThatMayWrite(String role, String permission, String roleName, boolean mayWrite) {
        // given
        fake.roles.put("mona", role);

        // when
        RepositoryPermission answer = triggers.permission("mona");

        // then
        assertThat(answer).isEqualTo(new RepositoryPermission(permission, roleName));
        assertThat(answer.mayWrite()).isEqualTo(mayWrite);
        assertThat(fake.calls()).containsExactly("GET /repos/octo-org/app/collaborators/mona/permission");
    }

    @Test
    void shouldReadAnUnknownLoginAsNoPermission() {
        // when
        RepositoryPermission answer = triggers.permission("stranger");

        // then
        assertThat(answer).isEqualTo(RepositoryPermission.NONE);
        assertThat(answer.mayWrite()).isFalse();
    }

    @Test
    void shouldNameThePermissionWhenGitHubRefusesTheToken() {
        // given
        fake.failNext(
                "GET",
                ".*/permission",
                FakeGitHub.json(403, Json.object().put("message", "Resource not accessible by integration")));

        // then
        assertThatThrownBy(() -> triggers.permission("mona"))
                .isInstanceOf(GitHubApiException.class)
                .hasMessageContaining(
                        "GET /api/v3/repos/octo-org/app/collaborators/mona/permission failed with HTTP 403")
                .hasMessageContaining("the token lacks a permission");
    }

    @Test
    void shouldReactToTheComment() {
        // when
        triggers.react(1254853699L, "eyes");

        // then
        assertThat(fake.bodies("POST", "/repos/octo-org/app/issues/comments/1254853699/reactions"))
                .containsExactly(Json.object().put("content", "eyes"));
    }
}
