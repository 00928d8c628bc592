package dev.gooseci.scm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import dev.gooseci.scm.Markers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What earlier runs left on a merge request, found by the hidden markers: published discussions by finding
 * fingerprint, the sticky summary note, and draft notes that a run created but never published (it crashed before the
 * bulk publish). Only a discussion's first note counts, so a reply that quotes one of ours is not taken for ours.
 */
final class ExistingNotes {

    /** A published discussion that one of our findings started. */
    record Discussion(String id, boolean resolvable, boolean resolved) {}

    /** The sticky summary note. */
    record Summary(long id, String body) {}

    private final Map<String, Discussion> discussions;
    private final Optional<Summary> summary;
    private final Map<String, List<Long>> drafts;

    private ExistingNotes(
            Map<String, Discussion> discussions, Optional<Summary> summary, Map<String, List<Long>> drafts) {
        this.discussions = discussions;
        this.summary = summary;
        this.drafts = drafts;
    }

    static ExistingNotes load(GitLabApi api, MergeRequestId mr) {
        Map<String, Discussion> discussions = new LinkedHashMap<>();
        Summary summary = null;
        for (JsonNode discussion : api.getAll(api.url(mr.path("discussions")))) {
            JsonNode first = discussion.path("notes").path(0);
            if (first.isMissingNode() || first.path("system").asBoolean(false)) {
                continue;
            }
            String body = Json.text(first, "body", "");
            Optional<String> fingerprint = Markers.fingerprintIn(body);
            if (fingerprint.isPresent()) {
                discussions.putIfAbsent(
                        fingerprint.get(),
                        new Discussion(
                                Json.text(discussion, "id", ""),
                                first.path("resolvable").asBoolean(false),
                                first.path("resolved").asBoolean(false)));
            } else if (summary == null && Markers.isSummary(body)) {
                summary = new Summary(first.path("id").asLong(), body);
            }
        }
        Map<String, List<Long>> drafts = new LinkedHashMap<>();
        for (JsonNode draft : api.getAll(api.url(mr.path("draft_notes")))) {
            Markers.fingerprintIn(Json.text(draft, "note", ""))
                    .ifPresent(fingerprint -> drafts.computeIfAbsent(fingerprint, key -> new ArrayList<>())
                            .add(draft.path("id").asLong()));
        }
        return new ExistingNotes(discussions, Optional.ofNullable(summary), drafts);
    }

    /** Published discussions of our findings, by fingerprint. */
    Map<String, Discussion> discussions() {
        return discussions;
    }

    Optional<Summary> summary() {
        return summary;
    }

    /** Our unpublished draft notes, by fingerprint; more than one when a crashed run left duplicates. */
    Map<String, List<Long>> drafts() {
        return drafts;
    }
}
