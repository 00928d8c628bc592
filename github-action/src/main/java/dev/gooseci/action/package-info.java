/**
 * The GitHub Action's host: reads the action's inputs, the {@code GITHUB_*} variables and the event file, maps the
 * event ({@code pull_request}, {@code pull_request_target}, a {@code /goose} comment or {@code workflow_dispatch}) to
 * a pull request and a mode in {@code Triggers}, runs the review with {@link dev.gooseci.review.ReviewJob} or the
 * test generation with {@link dev.gooseci.testgen.TestGenJob} (never on a fork's code), publishes with {@code
 * dev.gooseci.scm.github} and writes the step's outputs, summary and annotations. Only this host holds the GitHub
 * token; the agent never sees it.
 */
package dev.gooseci.action;
