/**
 * The GitHub Action's host: reads the action's inputs, the {@code GITHUB_*} variables and the event file, runs the
 * review with {@link dev.gooseci.review.ReviewJob}, publishes it with {@code dev.gooseci.scm.github} and writes the
 * step's outputs, summary and annotations. Only this host holds the GitHub token; the agent never sees it.
 */
package dev.gooseci.action;
