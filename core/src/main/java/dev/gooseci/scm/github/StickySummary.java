package dev.gooseci.scm.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import dev.gooseci.scm.Markers;
import java.util.Optional;

/**
 * The one summary comment on a pull request's conversation, found by its hidden marker and edited in place, so that
 * a pull request never collects a summary per push. Its marker records the head commit that was reviewed.
 */
final class StickySummary {
    /** GitHub refuses comment bodies longer than this. */
    static final int MAX_BODY = 65_536;

    private static final String CUT = "\n\n_The report was cut to fit a GitHub comment; the job's step summary and"
            + " report files have all of it._\n";

    private final GitHubRest rest;
    private final String repoPath;
    private final int number;

    StickySummary(GitHubRest rest, String repoPath, int number) {
        this.rest = rest;
        this.repoPath = repoPath;
        this.number = number;
    }

    /** The existing summary comment, if an earlier run left one. */
    Optional<JsonNode> find() {
        for (JsonNode comment : rest.getAll(repoPath + "/issues/" + number + "/comments")) {
            if (Markers.isSummary(comment.path("body").asText(""))) {
                return Optional.of(comment);
            }
        }
        return Optional.empty();
    }

    /** Creates or updates the summary; returns its web address. */
    String upsert(Optional<JsonNode> existing, String headSha, String markdown) {
        ObjectNode body = Json.object();
        body.put("body", text(headSha, markdown));
        JsonNode comment = existing.isPresent()
                ? rest.patch(
                        repoPath + "/issues/comments/"
                                + existing.get().path("id").asLong(),
                        body)
                : rest.post(repoPath + "/issues/" + number + "/comments", body);
        return comment.path("html_url").asText("");
    }

    static String text(String headSha, String markdown) {
        String marker = Markers.summary(headSha) + "\n";
        if (marker.length() + markdown.length() <= MAX_BODY) {
            return marker + markdown;
        }
        int keep = MAX_BODY - marker.length() - CUT.length();
        return marker + markdown.substring(0, keep) + CUT;
    }
}
