package dev.gooseci.scm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Fixtures;
import dev.gooseci.provider.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A stateful fake of GitLab's REST v4 merge request endpoints, under a relative base path as a self-managed instance
 * has it. Draft notes and notes created by one run are listed on later GETs, a bulk publish turns drafts into
 * discussions, and every list is paginated with GitLab's headers. Seeded from a test's fixtures. Public, and shipped in
 * core's test-jar, so that the GitLab CI host's tests drive the same fake.
 */
public final class FakeGitLab implements AutoCloseable {
    public static final String BASE = "/gitlab/api/v4";
    public static final String MR = "/projects/7/merge_requests/11";

    /** One request as the fake saw it; the path is relative to {@link #BASE}. */
    public record Exchange(String method, String path, String query, JsonNode body) {}

    public final List<ObjectNode> discussions = Collections.synchronizedList(new ArrayList<>());
    public final List<ObjectNode> drafts = Collections.synchronizedList(new ArrayList<>());
    public final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    public final FakeMergeRequests mergeRequests = new FakeMergeRequests();
    private final MockWebServer server = new MockWebServer();
    private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    private JsonNode mergeRequest;
    private List<JsonNode> versions;
    private List<JsonNode> diffs;
    private Predicate<JsonNode> badPosition = position -> false;
    private int pageSize = 100;
    private long nextId = 5000;

    private record Failure(String method, String path, MockResponse response) {}

    public FakeGitLab(Class<?> test) throws IOException {
        mergeRequest = Fixtures.json(test, "merge-request.json");
        versions = list(Fixtures.json(test, "versions.json"));
        diffs = list(Fixtures.json(test, "diffs.json"));
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return handle(request);
            }
        });
        server.start();
    }

    public String baseUrl() {
        return server.url(BASE).toString();
    }

    FakeGitLab seedDiscussions(JsonNode array) {
        array.forEach(d -> discussions.add((ObjectNode) d.deepCopy()));
        return this;
    }

    /** Replaces the fixtures' merge request, to give it labels or a fork as its source project. */
    public FakeGitLab mergeRequest(JsonNode replaced) {
        mergeRequest = replaced.deepCopy();
        return this;
    }

    public FakeGitLab versions(List<JsonNode> replaced) {
        versions = List.copyOf(replaced);
        return this;
    }

    public FakeGitLab diffs(List<JsonNode> replaced) {
        diffs = List.copyOf(replaced);
        return this;
    }

    FakeGitLab pageSize(int size) {
        pageSize = size;
        return this;
    }

    /** Answers the next {@code method} request to {@code path} (relative to {@link #BASE}) with {@code response}. */
    public FakeGitLab failOnce(String method, String path, MockResponse response) {
        failures.add(new Failure(method, path, response));
        return this;
    }

    /** Rejects draft notes whose position matches, as GitLab does when it finds no line code for it. */
    FakeGitLab rejectPositions(Predicate<JsonNode> predicate) {
        badPosition = predicate;
        return this;
    }

    public List<Exchange> requests(String method, String path) {
        synchronized (exchanges) {
            return exchanges.stream()
                    .filter(e -> e.method().equals(method) && e.path().equals(path))
                    .toList();
        }
    }

    private MockResponse handle(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        String method = request.getMethod();
        String text = request.getBody() == null ? "" : request.getBody().utf8();
        JsonNode body = text.isEmpty() ? null : Json.parse(text, "request body");
        String relative = path.startsWith(BASE + "/") ? path.substring(BASE.length()) : "outside the API: " + path;
        exchanges.add(new Exchange(method, relative, request.getUrl().encodedQuery(), body));
        if (!path.startsWith(BASE + "/")) {
            return json(404, "{\"message\":\"404 Not Found\"}");
        }
        synchronized (failures) {
            for (Failure failure : failures) {
                if (failure.method().equals(method) && failure.path().equals(relative)) {
                    failures.remove(failure);
                    return failure.response();
                }
            }
        }
        if (!"token-with-api-scope".equals(request.getHeaders().get("PRIVATE-TOKEN"))) {
            return json(401, "{\"message\":\"401 Unauthorized\"}");
        }
        if (FakeMergeRequests.handles(relative)) {
            return mergeRequests.handle(method, relative, request, body);
        }
        if (!relative.startsWith(MR)) {
            return json(404, "{\"message\":\"404 Project Not Found\"}");
        }
        return route(method, relative.substring(MR.length()), request, body);
    }

    private synchronized MockResponse route(String method, String rest, RecordedRequest request, JsonNode body) {
        String[] parts = rest.isEmpty() ? new String[0] : rest.substring(1).split("/");
        String what = method + " " + (parts.length == 0 ? "" : parts[0]) + (parts.length > 1 ? "/" + parts[1] : "");
        if (what.equals("GET ")) {
            return json(200, Json.write(mergeRequest));
        } else if (what.equals("GET versions")) {
            return FakePages.page(request, pageSize, versions);
        } else if (what.equals("GET diffs")) {
            return FakePages.page(request, pageSize, diffs);
        } else if (what.equals("GET discussions")) {
            return FakePages.page(request, pageSize, new ArrayList<>(discussions));
        } else if (what.equals("GET draft_notes")) {
            return FakePages.page(request, pageSize, new ArrayList<>(drafts));
        } else if (what.equals("POST draft_notes")) {
            return createDraft(body);
        } else if (what.equals("POST draft_notes/bulk_publish")) {
            drafts.forEach(draft -> discussions.add(FakeNotes.published(draft, nextId++)));
            drafts.clear();
            return new MockResponse.Builder().code(204).build();
        } else if (method.equals("DELETE") && parts.length == 2 && parts[0].equals("draft_notes")) {
            boolean removed = drafts.removeIf(d -> d.path("id").asText().equals(parts[1]));
            return removed
                    ? new MockResponse.Builder().code(204).build()
                    : json(404, "{\"message\":\"404 Not found\"}");
        } else if (what.equals("POST notes")) {
            ObjectNode note = FakeNotes.note(nextId++, body.path("body").asText());
            discussions.add(FakeNotes.individual(note));
            return json(201, Json.write(note));
        } else if (method.equals("PUT") && parts.length == 2 && parts[0].equals("notes")) {
            return FakeNotes.edit(
                            discussions,
                            Long.parseLong(parts[1]),
                            body.path("body").asText())
                    .map(note -> json(200, Json.write(note)))
                    .orElseGet(() -> json(404, "{\"message\":\"404 Note Not Found\"}"));
        } else if (method.equals("PUT") && parts.length == 2 && parts[0].equals("discussions")) {
            return FakeNotes.resolve(
                            discussions, parts[1], body.path("resolved").asBoolean())
                    .map(discussion -> json(200, Json.write(discussion)))
                    .orElseGet(() -> json(404, "{\"message\":\"404 Not found\"}"));
        }
        return json(404, "{\"error\":\"404 Not Found\"}");
    }

    private MockResponse createDraft(JsonNode body) {
        JsonNode position = body.get("position");
        if (position != null && badPosition.test(position)) {
            return json(
                    400,
                    "{\"message\":\"400 Bad request - Note {:line_code=>[\\\"can't be blank\\\","
                            + " \\\"must be a valid line code\\\"]}\"}");
        }
        ObjectNode draft = FakeNotes.draft(nextId++, body);
        drafts.add(draft);
        return json(201, Json.write(draft));
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    @Override
    public void close() {
        server.close();
    }
}
