package dev.gooseci.ci;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What the CI system says about the job and the change under review. Every field but {@code host} may be absent:
 * a push build has no change request, a local run has almost nothing.
 *
 * @param host the CI system
 * @param workspace the checked-out repository
 * @param repository the repository: {@code owner/name} on GitHub, the project id on GitLab; on Jenkins the
 *     repository or project path its {@code CHANGE_URL} names, else the job name
 * @param changeId the pull or merge request number, when the job runs for one
 * @param baseRef the branch the change targets
 * @param headRef the branch the change comes from
 * @param baseSha the commit to diff from, when the CI system names it
 * @param headSha the commit under review
 * @param apiUrl the platform's REST API root (GitHub Enterprise and self-managed GitLab differ from the defaults)
 * @param buildUrl a link to this job, for reports
 * @param event the event that started the job ({@code pull_request}, {@code merge_request_event}, ...)
 */
public record CiContext(
        CiHost host,
        Optional<String> workspace,
        Optional<String> repository,
        Optional<Integer> changeId,
        Optional<String> baseRef,
        Optional<String> headRef,
        Optional<String> baseSha,
        Optional<String> headSha,
        Optional<String> apiUrl,
        Optional<String> buildUrl,
        Optional<String> event) {

    public CiContext {
        requireNonNull(host, "host");
        requireNonNull(workspace, "workspace");
        requireNonNull(repository, "repository");
        requireNonNull(changeId, "changeId");
        requireNonNull(baseRef, "baseRef");
        requireNonNull(headRef, "headRef");
        requireNonNull(baseSha, "baseSha");
        requireNonNull(headSha, "headSha");
        requireNonNull(apiUrl, "apiUrl");
        requireNonNull(buildUrl, "buildUrl");
        requireNonNull(event, "event");
    }

    /** Whether the job runs for a pull or merge request, so that there is somewhere to post a review. */
    public boolean forChangeRequest() {
        return changeId.isPresent();
    }
}
