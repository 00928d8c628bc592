package dev.gooseci.scm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import java.util.List;
import java.util.Optional;

/** The JSON shapes of GitLab's draft notes, notes and discussions, as its API reference documents them. */
final class FakeNotes {
    private FakeNotes() {}

    static ObjectNode draft(long id, JsonNode request) {
        ObjectNode draft = Json.object();
        draft.put("id", id);
        draft.put("author_id", 23);
        draft.put("merge_request_id", 105);
        draft.put("resolve_discussion", false);
        draft.putNull("discussion_id");
        draft.put("note", request.path("note").asText());
        draft.putNull("commit_id");
        draft.putNull("line_code");
        ObjectNode position = draft.putObject("position");
        JsonNode asked = request.path("position");
        for (String field : new String[] {"base_sha", "start_sha", "head_sha", "old_path", "new_path"}) {
            position.set(field, asked.has(field) ? asked.get(field) : Json.MAPPER.nullNode());
        }
        position.put("position_type", "text");
        for (String field : new String[] {"old_line", "new_line"}) {
            position.set(field, asked.has(field) ? asked.get(field) : Json.MAPPER.nullNode());
        }
        position.putNull("line_range");
        return draft;
    }

    static ObjectNode note(long id, String body) {
        ObjectNode note = Json.object();
        note.put("id", id);
        note.putNull("type");
        note.put("body", body);
        ObjectNode author = note.putObject("author");
        author.put("id", 23);
        author.put("username", "project_7_bot_goose");
        author.put("name", "Goose CI");
        note.put("created_at", "2024-05-02T08:57:14Z");
        note.put("updated_at", "2024-05-02T08:57:14Z");
        note.put("system", false);
        note.put("noteable_id", 105);
        note.put("noteable_type", "MergeRequest");
        note.put("noteable_iid", 11);
        note.put("resolvable", false);
        return note;
    }

    static ObjectNode individual(ObjectNode note) {
        ObjectNode discussion = Json.object();
        discussion.put("id", String.format("%040x", note.path("id").asLong()));
        discussion.put("individual_note", true);
        discussion.putArray("notes").add(note);
        return discussion;
    }

    /** The discussion a published draft becomes: a diff note when it had a position, else a general thread. */
    static ObjectNode published(ObjectNode draft, long noteId) {
        ObjectNode note = note(noteId, draft.path("note").asText());
        boolean onDiff = !draft.path("position").path("new_path").isNull()
                && !draft.path("position").path("new_path").isMissingNode();
        note.put("type", onDiff ? "DiffNote" : "DiscussionNote");
        if (onDiff) {
            note.set("position", draft.get("position"));
        }
        note.put("resolvable", true);
        note.put("resolved", false);
        ObjectNode discussion = Json.object();
        discussion.put("id", String.format("%040x", 0xd15c000000L + noteId));
        discussion.put("individual_note", false);
        discussion.putArray("notes").add(note);
        return discussion;
    }

    static Optional<ObjectNode> edit(List<ObjectNode> discussions, long id, String body) {
        for (ObjectNode discussion : discussions) {
            for (JsonNode note : discussion.path("notes")) {
                if (note.path("id").asLong() == id) {
                    ((ObjectNode) note).put("body", body);
                    return Optional.of((ObjectNode) note);
                }
            }
        }
        return Optional.empty();
    }

    static Optional<ObjectNode> resolve(List<ObjectNode> discussions, String id, boolean resolved) {
        for (ObjectNode discussion : discussions) {
            if (discussion.path("id").asText().equals(id)) {
                discussion.path("notes").forEach(note -> ((ObjectNode) note).put("resolved", resolved));
                return Optional.of(discussion);
            }
        }
        return Optional.empty();
    }
}
