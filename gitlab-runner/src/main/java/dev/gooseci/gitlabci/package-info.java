/**
 * The GitLab CI host: a thin entry point that maps the job's {@code CI_*} variables to one review, writes the Code
 * Quality and Markdown reports, publishes to the merge request, and exits with the quality gate's code. The review
 * itself is core's; only the publish step ever holds the GitLab token.
 */
package dev.gooseci.gitlabci;
