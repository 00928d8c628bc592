package dev.gooseci.scm.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.provider.RateLimitException;
import dev.gooseci.provider.ServerException;
import java.time.Duration;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every GitLab failure becomes one typed exception whose message says what to change. */
class GitLabErrorsTest {

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            401 | true  | {"message":"401 Unauthorized"}                   | AUTHENTICATION | GOOSE_GITLAB_TOKEN
            403 | true  | {"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token.","scope":"api"} | PERMISSION | lacks the api scope
            403 | false | {"message":"403 Forbidden"}                      | PERMISSION     | Reporter role
            404 | true  | {"message":"404 Project Not Found"}              | NOT_FOUND      | CI_MERGE_REQUEST_IID
            400 | false | {"message":"400 Bad request - Note {:line_code=>[\\"can't be blank\\"]}"} | BAD_REQUEST | line_code
            422 | false | {"message":{"note":["can't be blank"]}}          | BAD_REQUEST    | {"note":["can't be blank"]}
            500 | false | {"message":"500 Internal Server Error"}         | UNAVAILABLE    | may have applied it
            """)
    void shouldMapFinalFailures(
            int status, boolean repeatable, String body, GitLabException.Problem problem, String says) {
        // when
        RuntimeException error = GitLabErrors.map("POST projects/7/x", status, Headers.of(), body, repeatable);

        // then
        assertThat(error).isInstanceOf(GitLabException.class);
        GitLabException gitlab = (GitLabException) error;
        assertThat(gitlab.problem()).isEqualTo(problem);
        assertThat(gitlab.status()).isEqualTo(status);
        assertThat(gitlab.getMessage())
                .startsWith("POST projects/7/x failed with " + status)
                .contains(says);
    }

    @Test
    void shouldRetryRateLimitAfterTheWaitGitLabAsks() {
        // when
        RuntimeException error = GitLabErrors.map("POST x", 429, Headers.of("Retry-After", "12"), "Retry later", false);

        // then
        assertThat(error).isInstanceOf(RateLimitException.class);
        assertThat(((RateLimitException) error).retryAfter()).contains(Duration.ofSeconds(12));
    }

    @Test
    void shouldRetryServerFailureOnlyForRepeatableRequests() {
        // when
        RuntimeException get = GitLabErrors.map("GET x", 502, Headers.of(), "<html>Bad Gateway</html>", true);

        // then
        assertThat(get).isInstanceOf(ServerException.class).hasMessageContaining("<html>Bad Gateway</html>");
    }
}
