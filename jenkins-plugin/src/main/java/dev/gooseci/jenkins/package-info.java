/**
 * The Jenkins host of Goose CI: the {@code gooseReview} and {@code gooseGenerateTests} Pipeline steps and the global
 * defaults. Thin glue only: every decision is core's ({@code dev.gooseci.ci.JenkinsStepPlanner},
 * {@code JenkinsTestGenPlanner}), and the work is core's {@code review.JenkinsReview} and {@code testgen.JenkinsTestGen},
 * run on the agent that holds the workspace.
 */
package dev.gooseci.jenkins;
