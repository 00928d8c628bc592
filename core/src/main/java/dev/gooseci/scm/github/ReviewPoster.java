package dev.gooseci.scm.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import dev.gooseci.report.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates the one review of a run. GitHub refuses a whole review (422) when a single comment's line is not in the
 * diff, without saying which. Then the comments are probed as pending reviews (visible to nobody else, deleted at
 * once), halving the set until the refused ones are found; the review is created without them, and the caller posts
 * them at file level.
 */
final class ReviewPoster {
    private final GitHubRest rest;
    private final String pullPath;

    ReviewPoster(GitHubRest rest, String pullPath) {
        this.rest = rest;
        this.pullPath = pullPath;
    }

    /** A finding and its draft comment. */
    record Draft(Finding finding, ObjectNode comment) {}

    /** The created review (empty when every comment was refused and the body alone was not needed). */
    record Outcome(Optional<JsonNode> review, List<Finding> refused) {}

    Outcome post(String commitId, String event, String body, List<Draft> drafts, boolean bodyNeeded) {
        try {
            return new Outcome(Optional.of(create(commitId, event, body, drafts)), List.of());
        } catch (GitHubApiException e) {
            if (!e.unprocessable() || drafts.isEmpty()) {
                throw e;
            }
            List<Draft> refused = drafts.size() == 1 ? drafts : refused(commitId, drafts);
            if (refused.isEmpty()) {
                throw e;
            }
            List<Draft> accepted = new ArrayList<>(drafts);
            accepted.removeAll(refused);
            List<Finding> refusedFindings = refused.stream().map(Draft::finding).toList();
            if (accepted.isEmpty() && !bodyNeeded) {
                return new Outcome(Optional.empty(), refusedFindings);
            }
            return new Outcome(Optional.of(create(commitId, event, body, accepted)), refusedFindings);
        }
    }

    private JsonNode create(String commitId, String event, String body, List<Draft> drafts) {
        ObjectNode review = Json.object();
        review.put("commit_id", commitId);
        review.put("body", body);
        if (event != null) {
            review.put("event", event);
        }
        ArrayNode comments = review.putArray("comments");
        drafts.forEach(d -> comments.add(d.comment()));
        return rest.post(pullPath + "/reviews", review);
    }

    /** The drafts GitHub refuses, found by halving: each probe is a pending review, deleted when it is accepted. */
    private List<Draft> refused(String commitId, List<Draft> drafts) {
        if (drafts.size() == 1) {
            return probe(commitId, drafts) ? List.of() : drafts;
        }
        List<Draft> refused = new ArrayList<>();
        int half = drafts.size() / 2;
        for (List<Draft> part : List.of(drafts.subList(0, half), drafts.subList(half, drafts.size()))) {
            if (!probe(commitId, part)) {
                refused.addAll(part.size() == 1 ? part : refused(commitId, part));
            }
        }
        return refused;
    }

    private boolean probe(String commitId, List<Draft> drafts) {
        try {
            JsonNode pending = create(commitId, null, "goose-ci line check", drafts);
            rest.delete(pullPath + "/reviews/" + pending.path("id").asLong());
            return true;
        } catch (GitHubApiException e) {
            if (e.unprocessable()) {
                return false;
            }
            throw e;
        }
    }
}
