/**
 * The Maven host: {@code mvn goose:review} fills a review request from the goal's parameters, runs the core's review
 * and maps how it ended to Maven's two failures. Like the command line it stays thin: no review logic lives here.
 */
package dev.gooseci.maven;
