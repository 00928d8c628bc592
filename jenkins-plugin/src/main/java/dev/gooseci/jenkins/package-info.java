/**
 * The Jenkins host of Goose CI: the {@code gooseReview} Pipeline step and the global defaults. Thin glue only: every
 * decision is core's {@code dev.gooseci.ci.JenkinsStepPlanner}, and the work is core's
 * {@code dev.gooseci.review.JenkinsReview}, run on the agent that holds the workspace.
 */
package dev.gooseci.jenkins;
