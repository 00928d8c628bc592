package dev.gooseci.scm.github;

import static java.util.Objects.requireNonNull;

import dev.gooseci.report.Finding;
import dev.gooseci.report.ReviewReport;
import dev.gooseci.report.Severity;
import dev.gooseci.scm.ChangeRequest;
import java.io.IOException;
import java.util.function.UnaryOperator;
import org.kohsuke.github.GHCheckRun;
import org.kohsuke.github.GHCheckRunBuilder;
import org.kohsuke.github.GHCheckRunBuilder.Annotation;
import org.kohsuke.github.GHCheckRunBuilder.Output;

/**
 * The {@code goose-ci} check run on the head commit: a finding per annotation, and a conclusion from the quality gate
 * ({@code failure} when it fails, {@code neutral} when findings exist but no gate is set, else {@code success}).
 * GitHub takes 50 annotations a request; github-api creates the run with the first 50 and adds the rest in updates.
 */
public final class GitHubCheckRun {
    /** The check run's name, as branch protection rules refer to it. */
    public static final String NAME = "goose-ci";

    private final GitHubConnection github;
    private final UnaryOperator<String> redactor;

    public GitHubCheckRun(GitHubConnection github, UnaryOperator<String> redactor) {
        this.github = requireNonNull(github, "github");
        this.redactor = requireNonNull(redactor, "redactor");
    }

    /** Creates the completed check run; returns its web address. */
    public String publish(ChangeRequest request, ReviewReport report) {
        ReviewReport redacted = report.redacted(redactor);
        GHCheckRunBuilder builder = github.libraryRepository()
                .createCheckRun(NAME, request.headSha())
                .withStatus(GHCheckRun.Status.COMPLETED)
                .withConclusion(conclusion(redacted));
        Output output = new Output(title(redacted), summary(redacted));
        redacted.findings().forEach(f -> output.add(annotation(f)));
        try {
            GHCheckRun run = builder.add(output).create();
            return run.getHtmlUrl() == null ? "" : run.getHtmlUrl().toString();
        } catch (IOException e) {
            throw LibraryErrors.map("POST " + github.repoPath() + "/check-runs", e);
        }
    }

    static GHCheckRun.Conclusion conclusion(ReviewReport report) {
        if (!report.gatePassed()) {
            return GHCheckRun.Conclusion.FAILURE;
        }
        return report.gate().failOn().isEmpty() && !report.findings().isEmpty()
                ? GHCheckRun.Conclusion.NEUTRAL
                : GHCheckRun.Conclusion.SUCCESS;
    }

    private static String title(ReviewReport report) {
        int n = report.findings().size();
        return n == 0 ? "No findings" : n == 1 ? "1 finding" : n + " findings";
    }

    private static String summary(ReviewReport report) {
        StringBuilder text = new StringBuilder();
        Severity[] severities = Severity.values();
        for (int i = severities.length - 1; i >= 0; i--) {
            text.append(i == severities.length - 1 ? "" : ", ")
                    .append(report.counts().get(severities[i]))
                    .append(' ')
                    .append(severities[i].id());
        }
        String gate = report.gate().failOn().isEmpty()
                ? "not set"
                : (report.gatePassed() ? "passed" : "failed") + " (fail-on: "
                        + report.gate().describe() + ")";
        return text.append(". Quality gate: ").append(gate).append('.').toString();
    }

    static Annotation annotation(Finding f) {
        boolean onHead = f.onHeadLines();
        int end = onHead ? f.line().orElseThrow() : 1;
        int start = onHead ? f.firstLine().orElseThrow() : 1;
        String where = onHead
                ? ""
                : f.fileLevel()
                        ? "(whole file) "
                        : "(removed lines " + f.firstLine().orElseThrow() + "-"
                                + f.line().orElseThrow() + ") ";
        String message = where + (f.body().isBlank() ? f.title() : f.body().strip());
        return new Annotation(f.path(), start, end, level(f.severity()), message)
                .withTitle(cut("[" + f.severity().id() + "] " + f.title(), 255));
    }

    static GHCheckRun.AnnotationLevel level(Severity severity) {
        if (severity.atLeast(Severity.CRITICAL)) {
            return GHCheckRun.AnnotationLevel.FAILURE;
        }
        return severity.atLeast(Severity.MINOR)
                ? GHCheckRun.AnnotationLevel.WARNING
                : GHCheckRun.AnnotationLevel.NOTICE;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
