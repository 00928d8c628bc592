package dev.gooseci.scm.github;

import static java.util.Objects.requireNonNull;

import dev.gooseci.report.Finding;
import dev.gooseci.report.Format;
import dev.gooseci.report.Reports;
import dev.gooseci.report.ReviewReport;
import dev.gooseci.scm.ChangeRequest;
import dev.gooseci.scm.Markers;
import dev.gooseci.scm.PublishOptions;
import dev.gooseci.scm.PublishedReview;
import dev.gooseci.scm.ReviewPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Publishes a review to a GitHub pull request: one review ({@code COMMENT}, or {@code REQUEST_CHANGES} when the gate
 * fails and the options ask) with an inline comment per new finding up to the cap and the rest in its body;
 * file-level comments for findings without a line and for those whose line GitHub refused; our outdated comments
 * deleted or resolved; and the sticky summary, last, recording the reviewed head.
 *
 * <p>Before posting anything it reads what is there, and skips every finding whose fingerprint an earlier run
 * posted. Since the summary goes last, a run that crashed halfway leaves state that the next run completes without
 * a duplicate. Text passes through the redactor before it leaves the process. With {@code resolveOutdated}, the
 * report must cover the whole pull request: an incremental run should turn it off.
 */
public final class GitHubPublisher implements ReviewPublisher {
    private final GitHubConnection github;
    private final UnaryOperator<String> redactor;

    public GitHubPublisher(GitHubConnection github, UnaryOperator<String> redactor) {
        this.github = requireNonNull(github, "github");
        this.redactor = requireNonNull(redactor, "redactor");
    }

    @Override
    public PublishedReview publish(ChangeRequest request, ReviewReport report, PublishOptions options) {
        ReviewReport redacted = report.redacted(redactor);
        Progress progress = new Progress();
        try {
            return publish(request, redacted, options, progress);
        } catch (GitHubApiException e) {
            throw new GitHubApiException(
                    "publishing the review to pull request #" + request.number() + " did not complete (" + progress
                            + "); a re-run posts only what is missing. " + e.getMessage(),
                    e.status(),
                    e);
        }
    }

    private PublishedReview publish(
            ChangeRequest request, ReviewReport report, PublishOptions options, Progress progress) {
        GitHubRest rest = github.rest();
        String pullPath = github.repoPath() + "/pulls/" + request.number();
        PostedComments posted = PostedComments.load(rest, pullPath);
        List<Finding> fresh = report.findings().stream()
                .filter(f -> !posted.has(f.fingerprint()))
                .toList();
        List<Finding> onLines = fresh.stream().filter(f -> !f.fileLevel()).toList();
        List<Finding> inline = onLines.subList(0, Math.min(options.inlineCap(), onLines.size()));
        List<Finding> overflow = onLines.subList(inline.size(), onLines.size());
        List<Finding> atFileLevel =
                new ArrayList<>(fresh.stream().filter(Finding::fileLevel).toList());
        List<String> links = new ArrayList<>();

        List<Finding> refused = List.of();
        if (!inline.isEmpty() || !overflow.isEmpty()) {
            String event = options.requestChanges() && !report.gatePassed() ? "REQUEST_CHANGES" : "COMMENT";
            List<ReviewPoster.Draft> drafts = inline.stream()
                    .map(f -> new ReviewPoster.Draft(f, CommentBodies.inline(f)))
                    .toList();
            String body = CommentBodies.reviewBody(
                    inline.size() + atFileLevel.size(), request.headSha(), overflow, options.inlineCap());
            ReviewPoster.Outcome outcome =
                    new ReviewPoster(rest, pullPath).post(request.headSha(), event, body, drafts, !overflow.isEmpty());
            outcome.review()
                    .ifPresent(review -> links.add(review.path("html_url").asText("")));
            refused = outcome.refused();
            progress.review = true;
        }
        for (Finding f : atFileLevel) {
            postFileLevel(rest, pullPath, request, f, false);
            progress.fileComments++;
        }
        for (Finding f : refused) {
            postFileLevel(rest, pullPath, request, f, true);
            progress.fileComments++;
        }
        int resolved = 0;
        if (options.resolveOutdated()) {
            Set<String> current =
                    report.findings().stream().map(Finding::fingerprint).collect(Collectors.toSet());
            resolved = new OutdatedComments(rest, github, request.number()).tidy(posted, posted.outdated(current));
        }
        int posts = inline.size() + atFileLevel.size();
        PublishedReview result = new PublishedReview(
                posts, report.findings().size() - fresh.size(), refused.size(), overflow.size(), resolved, links);
        if (options.summary()) {
            StickySummary summary = new StickySummary(rest, github.repoPath(), request.number());
            String markdown = Reports.redacting(UnaryOperator.identity()).render(report, Format.MARKDOWN);
            links.add(summary.upsert(summary.find(), request.headSha(), markdown + SummaryFooter.text(result)));
        }
        return new PublishedReview(
                result.posted(), result.alreadyThere(), result.fileLevel(), result.inBody(), resolved, links);
    }

    private static void postFileLevel(
            GitHubRest rest, String pullPath, ChangeRequest request, Finding f, boolean lineRefused) {
        rest.post(pullPath + "/comments", CommentBodies.fileLevel(f, request.headSha(), lineRefused));
    }

    /**
     * Creates or updates only the sticky summary comment, recording the reviewed head: for hosts that post the report
     * without inline comments. Returns the comment's web address.
     */
    public String publishSummary(ChangeRequest request, ReviewReport report) {
        ReviewReport redacted = report.redacted(redactor);
        StickySummary summary = new StickySummary(github.rest(), github.repoPath(), request.number());
        String markdown = Reports.redacting(UnaryOperator.identity()).render(redacted, Format.MARKDOWN);
        return summary.upsert(summary.find(), request.headSha(), markdown);
    }

    /**
     * The head commit the last published summary recorded, for an incremental run: review only the commits since.
     * Empty when there is no summary yet.
     */
    public Optional<String> reviewedHead(int number) {
        return new StickySummary(github.rest(), github.repoPath(), number)
                .find()
                .flatMap(comment -> Markers.reviewedHead(comment.path("body").asText("")));
    }

    /** What a publish managed before it failed, for the error message. */
    private static final class Progress {
        boolean review;
        int fileComments;

        @Override
        public String toString() {
            return (review ? "the review was created" : "no new review was created") + ", " + fileComments
                    + " file-level comments were posted, the summary was not updated";
        }
    }
}
