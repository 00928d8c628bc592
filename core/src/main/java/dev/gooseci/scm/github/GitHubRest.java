package dev.gooseci.scm.github;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.config.Secret;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.MalformedResponseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The REST and GraphQL calls github-api lacks, over the same OkHttp client (so the same rate-limit retries apply),
 * with Jackson trees for bodies. Paths are relative to the API root, which is {@code GITHUB_API_URL} on GitHub
 * Enterprise Server.
 */
final class GitHubRest {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");

    private final OkHttpClient client;
    private final HttpUrl apiRoot;
    private final HttpUrl graphql;
    private final Secret token;

    GitHubRest(OkHttpClient client, HttpUrl apiRoot, HttpUrl graphql, Secret token) {
        this.client = requireNonNull(client, "client");
        this.apiRoot = requireNonNull(apiRoot, "apiRoot");
        this.graphql = requireNonNull(graphql, "graphql");
        this.token = requireNonNull(token, "token");
    }

    JsonNode get(String path) {
        return send("GET", url(path), null);
    }

    /** Every page of a list, following {@code Link: rel="next"}, 100 items a page. */
    List<JsonNode> getAll(String path) {
        List<JsonNode> items = new ArrayList<>();
        HttpUrl next =
                url(path).newBuilder().setQueryParameter("per_page", "100").build();
        while (next != null) {
            Request request = request(next).get().build();
            String call = "GET " + next.encodedPath();
            try (Response response = client.newCall(request).execute()) {
                JsonNode page = read(call, response);
                page.forEach(items::add);
                next = nextPage(response.header("Link"));
            } catch (IOException e) {
                throw unreachable(call, e);
            }
        }
        return items;
    }

    JsonNode post(String path, JsonNode body) {
        return send("POST", url(path), body);
    }

    JsonNode patch(String path, JsonNode body) {
        return send("PATCH", url(path), body);
    }

    void delete(String path) {
        send("DELETE", url(path), null);
    }

    /** A GraphQL call; errors in the reply throw, naming the first one. */
    JsonNode graphql(String query, ObjectNode variables) {
        ObjectNode body = Json.object();
        body.put("query", query);
        body.set("variables", variables);
        JsonNode reply = send("POST", graphql, body);
        JsonNode errors = reply.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            throw new GitHubApiException(
                    "GraphQL call failed: "
                            + Json.text(errors.get(0), "message", errors.get(0).toString())
                            + " (resolving threads needs 'pull-requests: write')",
                    0,
                    null);
        }
        return reply.path("data");
    }

    private JsonNode send(String method, HttpUrl url, JsonNode body) {
        RequestBody content = body == null ? null : RequestBody.create(Json.write(body), JSON);
        if (content == null && (method.equals("POST") || method.equals("PATCH"))) {
            content = RequestBody.create(new byte[0]);
        }
        Request request = request(url).method(method, content).build();
        String call = method + " " + url.encodedPath();
        try (Response response = client.newCall(request).execute()) {
            return read(call, response);
        } catch (IOException e) {
            throw unreachable(call, e);
        }
    }

    private Request.Builder request(HttpUrl url) {
        return new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + token.reveal())
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", "goose-ci");
    }

    private static JsonNode read(String call, Response response) throws IOException {
        String text = response.body().string();
        if (!response.isSuccessful()) {
            throw GitHubApiException.of(call, response.code(), message(text));
        }
        if (text.isBlank()) {
            return Json.object();
        }
        try {
            return Json.parse(text, "GitHub's answer to " + call);
        } catch (MalformedResponseException e) {
            throw new GitHubApiException(e.getMessage(), response.code(), e);
        }
    }

    /** GitHub's {@code message}, with the {@code errors} list when there is one (422 names the bad field there). */
    static String message(String text) {
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            String message = Json.text(node, "message", text);
            JsonNode errors = node.path("errors");
            return errors.isMissingNode() || errors.isEmpty() ? message : message + " " + errors;
        } catch (IOException | RuntimeException notJson) {
            return Json.abbreviate(text);
        }
    }

    private HttpUrl url(String path) {
        HttpUrl url = HttpUrl.get(apiRoot.toString().replaceAll("/+$", "") + path);
        return requireNonNull(url, path);
    }

    static HttpUrl nextPage(String link) {
        if (link == null) {
            return null;
        }
        Matcher matcher = NEXT.matcher(link);
        return matcher.find() ? HttpUrl.parse(matcher.group(1)) : null;
    }

    private static GitHubApiException unreachable(String call, IOException e) {
        return new GitHubApiException(call + " failed: " + e.getMessage(), 0, e);
    }
}
