/**
 * The Maven host: {@code mvn goose:review} and {@code mvn goose:generate-tests} fill the core's request from the goal's
 * parameters, run the core's job and map how it ended to Maven's two failures. Like the command line it stays thin: no
 * review or test generation logic lives here.
 */
package dev.gooseci.maven;
