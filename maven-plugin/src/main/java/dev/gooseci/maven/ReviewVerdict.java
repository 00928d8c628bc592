package dev.gooseci.maven;

import dev.gooseci.report.Format;
import dev.gooseci.report.QualityGate;
import dev.gooseci.review.ReviewJob;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Maps how a review ended to the build's result. A review that did not cover the whole change fails the build as a
 * failed gate does: a green build would otherwise vouch for code nobody reviewed.
 */
final class ReviewVerdict {
    private ReviewVerdict() {}

    /** Returns when the build may go on; throws with what happened and where the report is otherwise. */
    static void check(ReviewJob.Outcome outcome, QualityGate gate, Path basedir) throws MojoFailureException {
        switch (outcome.status()) {
            case GATE_FAILED:
                long failing = outcome.result()
                        .map(r -> gate.failing(r.report().findings()))
                        .orElse(0L);
                throw new MojoFailureException("goose:review: the quality gate failed: " + failing + " finding"
                        + (failing == 1 ? "" : "s") + " at or above " + gate.describe() + "; see "
                        + report(outcome.written(), basedir));
            case PROVIDER_FAILED:
                throw new MojoFailureException("goose:review: the model failed on some units, so part of the change"
                        + " was not reviewed; see the notes in " + report(outcome.written(), basedir)
                        + ", check the provider's settings and key, and run again");
            case INCOMPLETE:
                throw new MojoFailureException("goose:review: a budget (turns, tokens, time or goose.maxCost) stopped"
                        + " some units early, so part of the change was not reviewed; see "
                        + report(outcome.written(), basedir) + " and raise the limit or split the change");
            default:
                return;
        }
    }

    /** The Markdown report if it was written, else the first report file, relative to the project when inside it. */
    static String report(List<Path> written, Path basedir) {
        Path file = written.stream()
                .filter(p -> p.getFileName().toString().equals(Format.MARKDOWN.fileName()))
                .findFirst()
                .or(() -> written.stream().findFirst())
                .orElse(null);
        if (file == null) {
            return "the log above";
        }
        Path base = basedir.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
    }
}
