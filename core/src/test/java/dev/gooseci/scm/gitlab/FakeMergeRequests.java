package dev.gooseci.scm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * The merge request list of the fake's project 7: {@code GET} filtered by state and branches, {@code POST} to open a
 * merge request and {@code PUT} to edit one, in the shapes of GitLab's merge requests API. Holds what test generation
 * opens, for {@link FakeGitLab}.
 */
public final class FakeMergeRequests {
    static final String LIST = "/projects/7/merge_requests";

    /** The merge requests opened through the fake, as GitLab returns them. */
    public final List<ObjectNode> opened = Collections.synchronizedList(new ArrayList<>());

    private int nextIid = 12;

    /** Whether {@code relative} is the list or one of the opened merge requests, not the fixtures' one. */
    static boolean handles(String relative) {
        return relative.equals(LIST) || (relative.startsWith(LIST + "/") && !relative.startsWith(FakeGitLab.MR));
    }

    synchronized MockResponse handle(String method, String relative, RecordedRequest request, JsonNode body) {
        if (method.equals("GET") && relative.equals(LIST)) {
            String state = request.getUrl().queryParameter("state");
            String source = request.getUrl().queryParameter("source_branch");
            String target = request.getUrl().queryParameter("target_branch");
            List<JsonNode> found = new ArrayList<>();
            for (ObjectNode mr : opened) {
                if ((state == null || mr.path("state").asText().equals(state))
                        && (source == null || mr.path("source_branch").asText().equals(source))
                        && (target == null || mr.path("target_branch").asText().equals(target))) {
                    found.add(mr);
                }
            }
            return FakePages.page(request, 100, found);
        }
        if (method.equals("POST") && relative.equals(LIST)) {
            for (String field : List.of("source_branch", "target_branch", "title")) {
                if (!body.hasNonNull(field)) {
                    return FakeGitLab.json(400, "{\"error\":\"" + field + " is missing\"}");
                }
            }
            ObjectNode mr = Json.object();
            int iid = nextIid++;
            mr.put("id", 1000 + iid);
            mr.put("iid", iid);
            mr.put("project_id", 7);
            mr.put("title", body.path("title").asText());
            mr.put("description", body.path("description").asText());
            mr.put("state", "opened");
            mr.put("source_branch", body.path("source_branch").asText());
            mr.put("target_branch", body.path("target_branch").asText());
            mr.put("source_project_id", 7);
            mr.put("target_project_id", body.path("target_project_id").asLong(7));
            mr.put("web_url", "https://gitlab.example.com/my-group/my-project/-/merge_requests/" + iid);
            opened.add(mr);
            return FakeGitLab.json(201, Json.write(mr));
        }
        if (method.equals("PUT")) {
            String iid = relative.substring(LIST.length() + 1);
            for (ObjectNode mr : opened) {
                if (mr.path("iid").asText().equals(iid)) {
                    body.fields().forEachRemaining(field -> mr.set(field.getKey(), field.getValue()));
                    return FakeGitLab.json(200, Json.write(mr));
                }
            }
        }
        return FakeGitLab.json(404, "{\"message\":\"404 Not found\"}");
    }
}
