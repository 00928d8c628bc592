package dev.gooseci.scm.gitlab;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.DiffIndex;
import dev.gooseci.provider.Json;
import dev.gooseci.report.Finding;
import dev.gooseci.report.ReviewReport;
import dev.gooseci.scm.ChangeRequest;
import dev.gooseci.scm.Markers;
import dev.gooseci.scm.PublishOptions;
import dev.gooseci.scm.PublishedReview;
import dev.gooseci.scm.ReviewPublisher;
import dev.gooseci.scm.gitlab.ExistingNotes.Discussion;
import dev.gooseci.scm.gitlab.GitLabException.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a review to a GitLab merge request as one batch: each inline finding becomes a draft note with a diff
 * position on the merge request's latest version, and one bulk publish releases them all, so that reviewers get one
 * notification instead of one per finding. Then our own discussions whose finding is gone are resolved, and the sticky
 * summary note is created or edited in place.
 *
 * <p>Re-runs never duplicate: a finding whose discussion an earlier run published is left alone, and draft notes a
 * crashed run left behind are reused (or deleted when their finding is gone) before anything new is created. A
 * position GitLab rejects with 400 ({@code line_code can't be blank}) turns that one finding into a draft note without
 * a position, which still goes out in the same batch. Bulk publish releases every draft of the token's user, so the
 * token should belong to a bot, not a person.
 */
public final class GitLabPublisher implements ReviewPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(GitLabPublisher.class);

    private final GitLabApi api;
    private final MergeRequestId mr;
    private final DiffIndex index;
    private final UnaryOperator<String> redactor;

    /**
     * @param change the change the findings were made on, from {@link GitLabChangeSource#changes}: it tells each
     *     line's type, and so which line numbers its position needs
     * @param redactor applied to every text before it is posted, such as {@code SecretRedactor::redact}
     */
    public GitLabPublisher(GitLabApi api, MergeRequestId mr, ChangeSet change, UnaryOperator<String> redactor) {
        this.api = requireNonNull(api, "api");
        this.mr = requireNonNull(mr, "mr");
        this.index = DiffIndex.of(requireNonNull(change, "change"));
        this.redactor = requireNonNull(redactor, "redactor");
    }

    @Override
    public PublishedReview publish(ChangeRequest request, ReviewReport report, PublishOptions options) {
        requireNonNull(request, "request");
        requireNonNull(options, "options");
        DiffRefs refs = DiffRefs.of(request);
        ReviewReport clean = requireNonNull(report, "report").redacted(redactor);
        ExistingNotes existing = ExistingNotes.load(api, mr);

        List<Finding> ranked = clean.findings().stream()
                .sorted(Comparator.comparing(Finding::severity).reversed())
                .toList();
        int cap = Math.min(options.inlineCap(), ranked.size());
        int posted = 0;
        int alreadyThere = 0;
        int fileLevel = 0;
        Set<Long> reused = new HashSet<>();
        for (Finding finding : ranked.subList(0, cap)) {
            List<Long> drafts = existing.drafts().getOrDefault(finding.fingerprint(), List.of());
            if (existing.discussions().containsKey(finding.fingerprint())) {
                alreadyThere++;
            } else if (!drafts.isEmpty()) {
                reused.add(drafts.get(0));
                posted++;
            } else if (createDraft(refs, finding)) {
                posted++;
            } else {
                fileLevel++;
            }
        }
        deleteLeftoverDrafts(existing, reused);
        if (posted + fileLevel > 0) {
            api.post(api.url(mr.path("draft_notes", "bulk_publish")), Json.object());
            checkPublished();
        }
        Set<String> current =
                clean.findings().stream().map(Finding::fingerprint).collect(Collectors.toSet());
        int resolved = options.resolveOutdated() ? resolveOutdated(existing, current) : 0;
        List<String> links = new ArrayList<>();
        if (options.summary()) {
            links.add(new StickySummary(api, mr, redactor).update(request, report, existing.summary()));
        }
        return new PublishedReview(posted, alreadyThere, fileLevel, ranked.size() - cap, resolved, links);
    }

    /** Creates the finding's draft note; false when it had to go without the position it wanted. */
    private boolean createDraft(DiffRefs refs, Finding finding) {
        Optional<Anchor> anchor = Positions.anchor(finding, index);
        if (anchor.isPresent()) {
            ObjectNode draft = Json.object();
            draft.put("note", NoteBodies.inline(finding, anchor.get()));
            draft.set("position", Positions.position(refs, anchor.get()));
            try {
                api.post(api.url(mr.path("draft_notes")), draft);
                return true;
            } catch (GitLabException e) {
                if (e.status() != 400) {
                    throw e;
                }
                LOG.warn(
                        "GitLab rejected the position of {} line {} ({}); posting it as a general note",
                        finding.path(),
                        finding.line().orElseThrow(),
                        e.getMessage());
            }
        }
        ObjectNode draft = Json.object();
        draft.put("note", NoteBodies.unplaced(finding));
        api.post(api.url(mr.path("draft_notes")), draft);
        return finding.fileLevel();
    }

    /** Deletes our unpublished drafts that this run does not reuse: duplicates, and those whose finding is gone. */
    private void deleteLeftoverDrafts(ExistingNotes existing, Set<Long> reused) {
        for (List<Long> ids : existing.drafts().values()) {
            for (long id : ids) {
                if (!reused.contains(id)) {
                    api.delete(api.url(mr.path("draft_notes", Long.toString(id))));
                }
            }
        }
    }

    /** Bulk publish answers 204 whatever it did; a draft of ours still pending means our notes did not go out. */
    private void checkPublished() {
        long pending = api.getAll(api.url(mr.path("draft_notes"))).stream()
                .map(draft -> Json.text(draft, "note", ""))
                .filter(note -> Markers.fingerprintIn(note).isPresent())
                .count();
        if (pending > 0) {
            throw new GitLabException(
                    Problem.UNAVAILABLE,
                    0,
                    "GitLab accepted the bulk publish on " + mr + " but " + pending + " of our draft notes are still"
                            + " unpublished; run the job again, which publishes them without duplicates");
        }
    }

    private int resolveOutdated(ExistingNotes existing, Set<String> current) {
        int resolved = 0;
        for (Map.Entry<String, Discussion> entry : existing.discussions().entrySet()) {
            Discussion discussion = entry.getValue();
            if (!current.contains(entry.getKey()) && discussion.resolvable() && !discussion.resolved()) {
                ObjectNode body = Json.object();
                body.put("resolved", true);
                api.put(api.url(mr.path("discussions", discussion.id())), body);
                resolved++;
            }
        }
        return resolved;
    }
}
