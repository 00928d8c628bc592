/**
 * GitHub pull requests: reading a PR and its files (org.kohsuke github-api over OkHttp, with a local JGit fallback),
 * and publishing a review once: one batched review, one sticky summary comment and a {@code goose-ci} check run,
 * with hidden markers so that a re-run never duplicates a comment. Calls the library lacks (file-level comments,
 * {@code side}/{@code start_line}, deleting a comment, resolving a thread) go over the same OkHttp client.
 */
package dev.gooseci.scm.github;
