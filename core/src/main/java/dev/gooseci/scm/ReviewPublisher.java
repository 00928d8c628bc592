package dev.gooseci.scm;

import dev.gooseci.report.ReviewReport;

/**
 * Publishes a review to a change request, once. Implementations find what an earlier run already posted (by the
 * hidden {@link Markers}) and post only what is new, so a re-run, even after a crash halfway through publishing,
 * never duplicates a comment. A publish that should have posted and could not throws: it is never a quiet success.
 */
public interface ReviewPublisher {

    PublishedReview publish(ChangeRequest request, ReviewReport report, PublishOptions options);
}
