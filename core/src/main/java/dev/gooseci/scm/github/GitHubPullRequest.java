package dev.gooseci.scm.github;

import static java.util.Objects.requireNonNull;

import dev.gooseci.scm.ChangeRequest;
import java.util.Set;

/**
 * A pull request with the GitHub facts the generic {@link ChangeRequest} has no place for.
 *
 * @param request the platform-neutral change request
 * @param authorAssociation GitHub's {@code author_association} ({@code OWNER}, {@code MEMBER}, {@code CONTRIBUTOR},
 *     {@code FIRST_TIME_CONTRIBUTOR}, {@code NONE}, ...), for deciding whom to trust
 * @param headRepository the head's {@code owner/name}; empty when the fork was deleted
 * @param changedFiles how many files GitHub says the PR changes
 * @param labels the names of the pull request's labels, such as {@code goose:skip-tests}
 */
public record GitHubPullRequest(
        ChangeRequest request, String authorAssociation, String headRepository, int changedFiles, Set<String> labels) {
    public GitHubPullRequest {
        requireNonNull(request, "request");
        requireNonNull(authorAssociation, "authorAssociation");
        requireNonNull(headRepository, "headRepository");
        labels = Set.copyOf(requireNonNull(labels, "labels"));
        if (changedFiles < 0) {
            throw new IllegalArgumentException("changedFiles cannot be negative, was " + changedFiles);
        }
    }
}
