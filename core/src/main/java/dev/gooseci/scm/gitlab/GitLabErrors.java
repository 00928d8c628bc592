package dev.gooseci.scm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.RateLimitException;
import dev.gooseci.provider.RetryAfter;
import dev.gooseci.provider.ServerException;
import dev.gooseci.scm.gitlab.GitLabException.Problem;
import okhttp3.Headers;

/**
 * Turns a failed GitLab reply into an exception, in one place. A rate limit (429) is a {@link RateLimitException}, and
 * a server failure (5xx) of a request that is safe to repeat a {@link ServerException}, so that the shared retry policy
 * retries them; everything else is a final {@link GitLabException} that says what to fix.
 */
final class GitLabErrors {

    private static final String TOKEN_HELP = "set GOOSE_GITLAB_TOKEN to a project or group access token with the api"
            + " scope (CI_JOB_TOKEN cannot post merge request notes)";

    private GitLabErrors() {}

    /**
     * @param what the request, such as {@code GET projects/7/merge_requests/3}
     * @param repeatable whether sending the request twice does no harm; a POST is not, since the first may have been
     *     applied before the failure
     */
    static RuntimeException map(String what, int status, Headers headers, String body, boolean repeatable) {
        String said = message(body);
        String prefix = what + " failed with " + status;
        if (status == 429) {
            return new RateLimitException(prefix + " (rate limited)" + said, status, RetryAfter.orNull(headers));
        }
        if (status >= 500 && repeatable) {
            return new ServerException(prefix + said, status, RetryAfter.orNull(headers));
        }
        if (status >= 500) {
            return new GitLabException(
                    Problem.UNAVAILABLE,
                    status,
                    prefix + said + "; not repeated, because GitLab may have applied it: run the job again");
        }
        if (status == 401) {
            return new GitLabException(
                    Problem.AUTHENTICATION,
                    status,
                    prefix + ": GitLab rejected the token (missing, wrong, expired or revoked)" + said + "; "
                            + TOKEN_HELP);
        }
        if (status == 403) {
            boolean scope = body.contains("insufficient_scope");
            return new GitLabException(
                    Problem.PERMISSION,
                    status,
                    prefix
                            + (scope
                                    ? ": the token lacks the api scope" + said + "; " + TOKEN_HELP
                                    : ": the token's user may not do this" + said
                                            + "; give the access token at least the Reporter role on the project"));
        }
        if (status == 404) {
            return new GitLabException(
                    Problem.NOT_FOUND,
                    status,
                    prefix + ": no such project or merge request, or the token's user cannot see it" + said
                            + "; check CI_PROJECT_ID, CI_MERGE_REQUEST_IID and CI_API_V4_URL");
        }
        return new GitLabException(Problem.BAD_REQUEST, status, prefix + said);
    }

    /** GitLab's own words: {@code message} (a string or an object of field errors) or {@code error}, quoted. */
    static String message(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (java.io.IOException notJson) {
            return ": " + Json.abbreviate(body.strip());
        }
        if (json == null || !json.isObject()) {
            return ": " + Json.abbreviate(body.strip());
        }
        for (String field : new String[] {"message", "error_description", "error"}) {
            JsonNode value = json.get(field);
            if (value != null && !value.isNull()) {
                return ": " + Json.abbreviate(value.isTextual() ? value.asText() : value.toString());
            }
        }
        return ": " + Json.abbreviate(body.strip());
    }
}
