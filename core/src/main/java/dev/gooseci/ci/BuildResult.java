package dev.gooseci.ci;

/** A build's result as Jenkins names it ({@code hudson.model.Result.fromString} reads these names). */
public enum BuildResult {
    SUCCESS,
    UNSTABLE,
    FAILURE
}
