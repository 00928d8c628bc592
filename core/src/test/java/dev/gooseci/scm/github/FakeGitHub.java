package dev.gooseci.scm.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A GitHub Enterprise-style API on loopback (root {@code /api/v3}) for {@code octo-org/app} pull request 7, keeping
 * state: what a run creates is listed on the next GET, so re-runs see what earlier runs left. Responses are GitHub's
 * recorded shapes (hub4j/github-api's fixtures) with our values filled in.
 */
public final class FakeGitHub extends Dispatcher {
    public static final String ROOT = "/api/v3";
    public static final String REPO = ROOT + "/repos/octo-org/app";
    public static final String PULL = REPO + "/pulls/7";

    /** One recorded call: method, path below the API root, query, parsed JSON body (null when none). */
    public record Call(String method, String path, String query, JsonNode body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private record Failure(String method, Pattern path, MockResponse response) {}

    public final List<Call> calls = new ArrayList<>();
    public final ArrayNode files = Json.MAPPER.createArrayNode();
    public final ArrayNode reviewComments = Json.MAPPER.createArrayNode();
    public final ArrayNode reviews = Json.MAPPER.createArrayNode();
    public final ArrayNode issueComments = Json.MAPPER.createArrayNode();
    public final Set<Integer> refusedLines = new HashSet<>();
    public final Set<Long> resolvedThreads = new HashSet<>();
    /** Collaborators' roles (admin, maintain, write, triage or read); GitHub answers 404 for anyone else. */
    public final Map<String, String> roles = new HashMap<>();
    /** The pull requests runs opened (follow-ups), numbered from 8. */
    public final ArrayNode opened = Json.MAPPER.createArrayNode();

    public final ObjectNode pull;
    private final Deque<Failure> failures = new ArrayDeque<>();
    private long nextId = 1000;
    private final String api;

    public FakeGitHub(String api) {
        this.api = api;
        this.pull = (ObjectNode) template("pull.json");
    }

    public synchronized void failNext(String method, String pathRegex, MockResponse response) {
        failures.add(new Failure(method, Pattern.compile(pathRegex), response));
    }

    public synchronized List<String> calls() {
        return calls.stream().map(Call::toString).toList();
    }

    public synchronized List<JsonNode> bodies(String method, String path) {
        return calls.stream()
                .filter(c -> c.method().equals(method) && c.path().equals(path))
                .map(Call::body)
                .toList();
    }

    /** A review comment by another user, replying to {@code id}. */
    public synchronized void reply(long id, String text) {
        ObjectNode reply = comment(text);
        reply.put("in_reply_to_id", id);
        reply.with("user").put("login", "octocat");
        reviewComments.add(reply);
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        JsonNode body = request.getBodySize() > 0 ? Json.parse(request.getBody().utf8(), "request") : null;
        if (!path.startsWith(ROOT) && !path.equals("/api/graphql")) {
            return json(404, Json.object().put("message", "outside the API root " + ROOT + ": " + path));
        }
        String below = path.startsWith(ROOT) ? path.substring(ROOT.length()) : path;
        calls.add(new Call(request.getMethod(), below, request.getUrl().query(), body));
        Failure failure = failures.peek();
        if (failure != null
                && failure.method().equals(request.getMethod())
                && failure.path().matcher(path).matches()) {
            failures.poll();
            return failure.response();
        }
        return route(request.getMethod(), path, body, request);
    }

    private MockResponse route(String method, String path, JsonNode body, RecordedRequest request) {
        String route = method + " " + path;
        Matcher id;
        if (route.equals("GET " + REPO)) {
            return json(200, template("repo.json"));
        } else if (route.equals("GET " + PULL)) {
            return json(200, pull);
        } else if (route.equals("GET " + PULL + "/files")) {
            return page(files, request);
        } else if (route.equals("GET " + PULL + "/comments")) {
            return page(reviewComments, request);
        } else if (route.equals("POST " + PULL + "/comments")) {
            ObjectNode comment = comment(body.path("body").asText());
            comment.put("path", body.path("path").asText());
            comment.put("subject_type", body.path("subject_type").asText("line"));
            comment.putNull("line");
            reviewComments.add(comment);
            return json(201, comment);
        } else if (route.equals("GET " + PULL + "/reviews")) {
            return page(reviews, request);
        } else if (route.equals("POST " + PULL + "/reviews")) {
            return createReview(body);
        } else if ((id = match("DELETE " + PULL + "/reviews/(\\d+)", route)) != null) {
            return remove(reviews, Long.parseLong(id.group(1)));
        } else if ((id = match("DELETE " + REPO + "/pulls/comments/(\\d+)", route)) != null) {
            return remove(reviewComments, Long.parseLong(id.group(1)));
        } else if (route.equals("GET " + REPO + "/issues/7/comments")) {
            return page(issueComments, request);
        } else if (route.equals("POST " + REPO + "/issues/7/comments")) {
            ObjectNode comment = (ObjectNode) template("issue-comment.json");
            comment.put("id", nextId++).put("body", body.path("body").asText());
            comment.put("html_url", "https://github.com/octo-org/app/pull/7#issuecomment-" + comment.get("id"));
            issueComments.add(comment);
            return json(201, comment);
        } else if ((id = match("PATCH " + REPO + "/issues/comments/(\\d+)", route)) != null) {
            for (JsonNode comment : issueComments) {
                if (comment.path("id").asLong() == Long.parseLong(id.group(1))) {
                    ((ObjectNode) comment).put("body", body.path("body").asText());
                    return json(200, comment);
                }
            }
            return json(404, Json.object().put("message", "Not Found"));
        } else if ((id = match("GET " + REPO + "/collaborators/([^/]+)/permission", route)) != null) {
            return permission(id.group(1));
        } else if ((id = match("POST " + REPO + "/issues/comments/(\\d+)/reactions", route)) != null) {
            ObjectNode reaction = (ObjectNode) template("reaction.json");
            reaction.put("id", nextId++).put("content", body.path("content").asText());
            return json(201, reaction);
        } else if (route.equals("GET " + REPO + "/pulls")) {
            return openPullsFrom(request.getUrl().queryParameter("head"), request);
        } else if (route.equals("POST " + REPO + "/pulls")) {
            ObjectNode pr = (ObjectNode) template("pull.json");
            int number = 8 + opened.size();
            pr.put("number", number).put("title", body.path("title").asText());
            pr.put("body", body.path("body").asText());
            pr.put("html_url", "https://github.com/octo-org/app/pull/" + number);
            pr.with("head").put("ref", body.path("head").asText());
            pr.with("base").put("ref", body.path("base").asText());
            opened.add(pr);
            return json(201, pr);
        } else if ((id = match("PATCH " + REPO + "/pulls/(\\d+)", route)) != null) {
            for (JsonNode pr : opened) {
                if (pr.path("number").asInt() == Integer.parseInt(id.group(1))) {
                    ((ObjectNode) pr).setAll((ObjectNode) body);
                    return json(200, pr);
                }
            }
            return json(404, Json.object().put("message", "Not Found"));
        } else if (route.equals("POST " + REPO + "/check-runs")) {
            ObjectNode run = (ObjectNode) template("check-run.json");
            run.put("id", nextId++);
            return json(201, run);
        } else if ((id = match("PATCH " + REPO + "/check-runs/(\\d+)", route)) != null) {
            ObjectNode run = (ObjectNode) template("check-run.json");
            run.put("id", Long.parseLong(id.group(1)));
            return json(200, run);
        } else if (route.equals("POST /api/graphql")) {
            return graphql(body);
        }
        return json(404, Json.object().put("message", "Not Found: " + route));
    }

    private MockResponse createReview(JsonNode body) {
        for (JsonNode comment : body.path("comments")) {
            if (refusedLines.contains(comment.path("line").asInt())) {
                return json(
                        422,
                        Json.object()
                                .put("message", "Unprocessable Entity")
                                .put(
                                        "documentation_url",
                                        "https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request")
                                .set("errors", Json.MAPPER.createArrayNode().add("Line could not be resolved")));
            }
        }
        ObjectNode review = (ObjectNode) template("review.json");
        long reviewId = nextId++;
        review.put("id", reviewId).put("body", body.path("body").asText());
        review.put(
                "state",
                body.has("event")
                        ? (body.path("event").asText().equals("COMMENT") ? "COMMENTED" : "CHANGES_REQUESTED")
                        : "PENDING");
        review.put("commit_id", body.path("commit_id").asText());
        review.put("html_url", "https://github.com/octo-org/app/pull/7#pullrequestreview-" + reviewId);
        reviews.add(review);
        if (body.has("event")) {
            for (JsonNode draft : body.path("comments")) {
                ObjectNode comment = comment(draft.path("body").asText());
                comment.put("pull_request_review_id", reviewId);
                comment.put("path", draft.path("path").asText());
                comment.put("line", draft.path("line").asInt());
                comment.put("side", draft.path("side").asText());
                reviewComments.add(comment);
            }
        }
        return json(200, review);
    }

    /** GitHub's answer for {@code login}: the legacy permission reads maintain as write and triage as read. */
    private MockResponse permission(String login) {
        String role = roles.get(login);
        if (role == null) {
            return json(
                    404,
                    Json.object()
                            .put("message", "Not Found")
                            .put(
                                    "documentation_url",
                                    "https://docs.github.com/rest/collaborators/collaborators"
                                            + "#get-repository-permissions-for-a-user"));
        }
        ObjectNode answer = (ObjectNode) template("collaborator-permission.json");
        answer.put("permission", role.equals("maintain") ? "write" : role.equals("triage") ? "read" : role);
        answer.put("role_name", role);
        answer.with("user").put("login", login);
        return json(200, answer);
    }

    /** The open pull requests GitHub lists for {@code head} ({@code owner:branch}): those a run opened. */
    private MockResponse openPullsFrom(String head, RecordedRequest request) {
        ArrayNode matching = Json.MAPPER.createArrayNode();
        for (JsonNode pr : opened) {
            if (head != null && head.equals("octo-org:" + pr.at("/head/ref").asText())) {
                matching.add(pr);
            }
        }
        return page(matching, request);
    }

    private MockResponse graphql(JsonNode body) {
        String query = body.path("query").asText();
        ObjectNode data = Json.object();
        if (query.startsWith("mutation")) {
            String thread = body.path("variables").path("thread").asText();
            resolvedThreads.add(Long.parseLong(thread.substring("PRRT_".length())));
            data.with("resolveReviewThread").with("thread").put("id", thread).put("isResolved", true);
        } else {
            ObjectNode threads = data.with("repository").with("pullRequest").with("reviewThreads");
            threads.with("pageInfo").put("hasNextPage", false).putNull("endCursor");
            ArrayNode nodes = threads.putArray("nodes");
            for (JsonNode comment : reviewComments) {
                if (!comment.has("in_reply_to_id")) {
                    long first = comment.path("id").asLong();
                    ObjectNode thread = nodes.addObject()
                            .put("id", "PRRT_" + first)
                            .put("isResolved", resolvedThreads.contains(first));
                    thread.with("comments").putArray("nodes").addObject().put("databaseId", first);
                }
            }
        }
        return json(200, Json.object().set("data", data));
    }

    private ObjectNode comment(String text) {
        ObjectNode comment = (ObjectNode) template("review-comment.json");
        comment.remove(List.of("in_reply_to_id", "start_line", "original_start_line", "start_side"));
        long commentId = nextId++;
        comment.put("id", commentId).put("body", text);
        comment.put("html_url", "https://github.com/octo-org/app/pull/7#discussion_r" + commentId);
        return comment;
    }

    /** A page of {@code items}, with GitHub's {@code Link} header when more follow. */
    private MockResponse page(ArrayNode items, RecordedRequest request) {
        int perPage = intParam(request, "per_page", 30);
        int page = intParam(request, "page", 1);
        ArrayNode slice = Json.MAPPER.createArrayNode();
        for (int i = (page - 1) * perPage; i < Math.min(items.size(), page * perPage); i++) {
            slice.add(items.get(i));
        }
        MockResponse.Builder response = new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .body(Json.write(slice));
        if (page * perPage < items.size()) {
            String next = request.getUrl()
                    .newBuilder()
                    .setQueryParameter("page", String.valueOf(page + 1))
                    .build()
                    .toString();
            response.addHeader("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }

    private static int intParam(RecordedRequest request, String name, int fallback) {
        String value = request.getUrl().queryParameter(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static MockResponse remove(ArrayNode items, long id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).path("id").asLong() == id) {
                items.remove(i);
                return new MockResponse.Builder().code(204).build();
            }
        }
        return json(404, Json.object().put("message", "Not Found"));
    }

    private static Matcher match(String regex, String route) {
        Matcher matcher = Pattern.compile(regex).matcher(route);
        return matcher.matches() ? matcher : null;
    }

    public static MockResponse json(int code, JsonNode body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .body(Json.write(body))
                .build();
    }

    public JsonNode template(String name) {
        try (InputStream in = FakeGitHub.class.getResourceAsStream("FakeGitHub/" + name)) {
            return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{API}}", api), name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
