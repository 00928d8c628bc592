package dev.gooseci.scm;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A pull request (GitHub) or merge request (GitLab), as read from the platform. Title and body are untrusted text:
 * they are fenced as data whenever they reach a prompt.
 *
 * @param number the PR number or MR iid
 * @param title the title
 * @param body the description, empty when there is none
 * @param author the author's login
 * @param baseSha the commit the change is diffed from (GitLab: {@code diff_refs.base_sha})
 * @param startSha GitLab's {@code diff_refs.start_sha}; empty on GitHub
 * @param headSha the commit under review
 * @param baseRef the target branch
 * @param headRef the source branch
 * @param fromFork whether the head lives in another repository: then configuration and hints come from the base
 * @param url the web page of the change
 */
public record ChangeRequest(
        int number,
        String title,
        String body,
        String author,
        String baseSha,
        Optional<String> startSha,
        String headSha,
        String baseRef,
        String headRef,
        boolean fromFork,
        String url) {

    public ChangeRequest {
        requireNonNull(title, "title");
        requireNonNull(body, "body");
        requireNonNull(author, "author");
        requireNonNull(baseSha, "baseSha");
        requireNonNull(startSha, "startSha");
        requireNonNull(headSha, "headSha");
        requireNonNull(baseRef, "baseRef");
        requireNonNull(headRef, "headRef");
        requireNonNull(url, "url");
        if (number <= 0) {
            throw new IllegalArgumentException("a change request number is positive, was " + number);
        }
    }
}
