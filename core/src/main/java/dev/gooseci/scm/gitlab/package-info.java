/**
 * GitLab merge requests over REST v4 with OkHttp and Jackson: reading a merge request, its latest diff version and its
 * diffs, and publishing a review as draft notes released in one bulk publish, so that reviewers get one notification.
 * Works against gitlab.com and self-managed instances alike, from the API base URL GitLab CI gives ({@code CI_API_V4_URL}).
 */
package dev.gooseci.scm.gitlab;
