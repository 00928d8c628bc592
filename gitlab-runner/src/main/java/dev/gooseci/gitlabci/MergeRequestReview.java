package dev.gooseci.gitlabci;

import static java.util.Objects.requireNonNull;

import dev.gooseci.config.Secret;
import dev.gooseci.diff.ChangeSet;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.provider.HttpTimeouts;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.review.ReviewJob;
import dev.gooseci.scm.ChangeRequest;
import dev.gooseci.scm.PublishOptions;
import dev.gooseci.scm.PublishedReview;
import dev.gooseci.scm.gitlab.GitLabApi;
import dev.gooseci.scm.gitlab.GitLabChangeSource;
import dev.gooseci.scm.gitlab.GitLabPublisher;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A merge request pipeline: read the merge request's latest version from GitLab, review head against base in the
 * checkout, write the reports, then publish one batch of draft notes and the sticky summary. The token is read here and
 * handed only to the GitLab client; the review's environment does not contain it.
 */
final class MergeRequestReview {
    private final JobSettings job;
    private final JobSettings.MergeRequest mr;
    private final Map<String, String> env;
    private final Consumer<String> lines;

    MergeRequestReview(JobSettings job, Map<String, String> env, Consumer<String> lines) {
        this.job = requireNonNull(job, "job");
        this.mr = job.mergeRequest().orElseThrow();
        this.env = Map.copyOf(env);
        this.lines = requireNonNull(lines, "lines");
    }

    int run() {
        Secret token = job.token().orElseThrow(() -> new IllegalArgumentException(missingToken(job.jobTokenPresent())));
        GitLabApi api = GitLabApi.create(mr.apiUrl(), token, HttpTimeouts.defaults(), RetryPolicy.defaults());
        GitLabChangeSource source = new GitLabChangeSource(api, mr.id(), job.projectDir());
        ChangeRequest request = source.read();
        ChangeSet change = source.changes(request);
        lines.accept("goose-ci: reviewing merge request " + mr.id() + " (" + request.baseSha() + ".."
                + request.headSha() + ")");
        mr.diffBaseSha()
                .filter(sha -> !sha.equals(request.baseSha()))
                .ifPresent(sha -> lines.accept("goose-ci: the merge request changed since this pipeline started"
                        + " (CI_MERGE_REQUEST_DIFF_BASE_SHA " + sha + "); reviewing its latest version"));
        ReviewJob.Outcome outcome = ReviewJob.run(
                ReviewRequests.of(job, Optional.of(request.baseSha()), request.headSha(), request.fromFork(), env),
                lines);
        if (outcome.result().isPresent()) {
            SecretRedactor redactor = SecretRedactor.forRun(List.of(token), env);
            PublishedReview published = new GitLabPublisher(api, mr.id(), change, redactor::redact)
                    .publish(request, outcome.result().get().report(), PublishOptions.defaults());
            lines.accept("goose-ci: published to " + mr.id() + ": " + published.posted() + " new, "
                    + published.alreadyThere() + " already there, " + published.fileLevel() + " as general notes, "
                    + published.resolved() + " outdated resolved");
            published.links().forEach(link -> lines.accept("goose-ci: summary " + link));
        }
        return GitLabReviewMain.exitCode(outcome.status());
    }

    /** Why there is no token, and what to create: CI_JOB_TOKEN cannot post notes, so it never stands in. */
    static String missingToken(boolean jobTokenPresent) {
        String create = "create a project or group access token with the api scope (role Developer or higher) and store"
                + " it as a masked CI/CD variable named " + JobSettings.TOKEN
                + " (Settings > CI/CD > Variables); the token's user posts the review, so give it a bot's name";
        if (jobTokenPresent) {
            return JobSettings.TOKEN + " is not set, and only CI_JOB_TOKEN is present: CI_JOB_TOKEN cannot post notes"
                    + " or draft notes on a merge request, so it cannot publish a review; " + create;
        }
        return JobSettings.TOKEN + " is not set: " + create;
    }
}
