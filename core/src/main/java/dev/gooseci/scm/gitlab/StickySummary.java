package dev.gooseci.scm.gitlab;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import dev.gooseci.report.Format;
import dev.gooseci.report.Reports;
import dev.gooseci.report.ReviewReport;
import dev.gooseci.scm.ChangeRequest;
import dev.gooseci.scm.Markers;
import dev.gooseci.scm.gitlab.ExistingNotes.Summary;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The one summary note per merge request: the Markdown report under a hidden marker that records the reviewed head.
 * It is created once and edited in place afterwards (an edit notifies nobody); an unchanged summary is not sent again.
 */
final class StickySummary {

    private static final String MR_PATH = "/-/merge_requests/";

    private final GitLabApi api;
    private final MergeRequestId mr;
    private final UnaryOperator<String> redactor;

    StickySummary(GitLabApi api, MergeRequestId mr, UnaryOperator<String> redactor) {
        this.api = requireNonNull(api, "api");
        this.mr = requireNonNull(mr, "mr");
        this.redactor = requireNonNull(redactor, "redactor");
    }

    /** Creates or edits the summary; returns its URL. */
    String update(ChangeRequest request, ReviewReport report, Optional<Summary> existing) {
        String body = body(request, report);
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            if (!existing.get().body().equals(body)) {
                api.put(api.url(mr.path("notes", Long.toString(id))), note(body));
            }
        } else {
            JsonNode created = api.post(api.url(mr.path("notes")), note(body));
            id = created.path("id").asLong();
        }
        return request.url() + "#note_" + id;
    }

    String body(ChangeRequest request, ReviewReport report) {
        Reports reports = Reports.redacting(redactor);
        int at = request.url().indexOf(MR_PATH);
        if (at > 0) {
            reports = reports.withLinkBase(request.url().substring(0, at) + "/-/blob/" + request.headSha() + "/");
        }
        return Markers.summary(request.headSha()) + "\n\n" + reports.render(report, Format.MARKDOWN);
    }

    private static ObjectNode note(String body) {
        ObjectNode note = Json.object();
        note.put("body", body);
        return note;
    }
}
