package dev.gooseci.scm.gitlab;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.config.Secret;
import dev.gooseci.provider.HttpTimeouts;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.NetworkException;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.scm.gitlab.GitLabException.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A small client for GitLab's REST v4 API: JSON in and out, the token in {@code PRIVATE-TOKEN}, every list followed
 * through all its pages, and rate limits, server failures and dropped connections retried by the shared
 * {@link RetryPolicy} (honouring {@code Retry-After}). A POST is retried only after a 429, which GitLab sends before
 * doing anything, so that a retry never creates a note twice.
 */
public final class GitLabApi {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final int PER_PAGE = 100;
    private static final int MAX_PAGES = 1000;

    private final OkHttpClient client;
    private final HttpUrl base;
    private final Secret token;
    private final RetryPolicy retry;

    /**
     * @param baseUrl the API root, as GitLab CI gives it in {@code CI_API_V4_URL}: {@code https://gitlab.com/api/v4},
     *     or {@code https://host/gitlab/api/v4} for an instance under a relative path
     */
    public GitLabApi(OkHttpClient client, String baseUrl, Secret token, RetryPolicy retry) {
        this.client = requireNonNull(client, "client");
        this.token = requireNonNull(token, "token");
        this.retry = requireNonNull(retry, "retry");
        String trimmed = requireNonNull(baseUrl, "baseUrl").strip().replaceAll("/+$", "");
        HttpUrl parsed = HttpUrl.parse(trimmed);
        if (parsed == null) {
            throw new IllegalArgumentException("GitLab API URL '" + baseUrl
                    + "' is not an http(s) URL: set CI_API_V4_URL like https://gitlab.example.com/api/v4");
        }
        this.base = parsed;
    }

    /** A client with its own connection pool and these timeouts. */
    public static GitLabApi create(String baseUrl, Secret token, HttpTimeouts timeouts, RetryPolicy retry) {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.read())
                .callTimeout(timeouts.call())
                .retryOnConnectionFailure(false)
                .build();
        return new GitLabApi(client, baseUrl, token, retry);
    }

    RetryPolicy retry() {
        return retry;
    }

    /** The URL of an endpoint under the API root; each segment is encoded (a project path's slashes included). */
    HttpUrl url(String... segments) {
        HttpUrl.Builder url = base.newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url.build();
    }

    JsonNode get(HttpUrl url) {
        return json(send(request(url).get().build(), true), url);
    }

    /** Every item of a list endpoint, following {@code x-next-page} (or the {@code Link} header) to the last page. */
    List<JsonNode> getAll(HttpUrl first) {
        List<JsonNode> items = new ArrayList<>();
        HttpUrl url = first.newBuilder()
                .setQueryParameter("per_page", Integer.toString(PER_PAGE))
                .build();
        for (int page = 1; url != null; page++) {
            if (page > MAX_PAGES) {
                throw new GitLabException(
                        Problem.MALFORMED, 0, "GET " + first.encodedPath() + " has more than " + MAX_PAGES + " pages");
            }
            Reply reply = send(request(url).get().build(), true);
            JsonNode array = json(reply, url);
            if (!array.isArray()) {
                throw new GitLabException(
                        Problem.MALFORMED, 200, "GET " + url.encodedPath() + " did not return a JSON array");
            }
            array.forEach(items::add);
            url = Pages.next(url, reply.nextPage(), reply.link());
        }
        return items;
    }

    JsonNode post(HttpUrl url, JsonNode body) {
        return json(
                send(
                        request(url)
                                .post(RequestBody.create(Json.write(body), JSON))
                                .build(),
                        false),
                url);
    }

    JsonNode put(HttpUrl url, JsonNode body) {
        return json(
                send(
                        request(url)
                                .put(RequestBody.create(Json.write(body), JSON))
                                .build(),
                        true),
                url);
    }

    /** Deletes; a 404 counts as done, since a retried DELETE finds the first one's work already done. */
    void delete(HttpUrl url) {
        try {
            send(request(url).delete().build(), true);
        } catch (GitLabException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    private Request.Builder request(HttpUrl url) {
        return new Request.Builder().url(url).header("PRIVATE-TOKEN", token.reveal());
    }

    private Reply send(Request request, boolean repeatable) {
        try {
            return retry.execute(attempt -> once(request, repeatable));
        } catch (ProviderException e) {
            throw new GitLabException(Problem.UNAVAILABLE, e.status(), e.getMessage() + " (gave up after retrying)", e);
        }
    }

    private Reply once(Request request, boolean repeatable) {
        String what = request.method() + " " + request.url().encodedPath();
        try (Response response = client.newCall(request).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw GitLabErrors.map(what, response.code(), response.headers(), body, repeatable);
            }
            return new Reply(
                    body,
                    response.headers().get("x-next-page"),
                    response.headers().get("link"));
        } catch (IOException e) {
            if (!repeatable) {
                throw new GitLabException(
                        Problem.UNAVAILABLE,
                        0,
                        what + " failed: " + e.getMessage() + "; not repeated, because GitLab may have applied it:"
                                + " run the job again",
                        e);
            }
            throw new NetworkException(what + " failed: " + e.getMessage(), e);
        }
    }

    private static JsonNode json(Reply reply, HttpUrl url) {
        if (reply.body().isBlank()) {
            return Json.object();
        }
        try {
            return Json.MAPPER.readTree(reply.body());
        } catch (IOException e) {
            throw new GitLabException(
                    Problem.MALFORMED,
                    200,
                    url.encodedPath() + " did not return JSON: " + Json.abbreviate(reply.body()),
                    e);
        }
    }

    /** A successful reply's body and its pagination headers. */
    private record Reply(String body, String nextPage, String link) {}
}
