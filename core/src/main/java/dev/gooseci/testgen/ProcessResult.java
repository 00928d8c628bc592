package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How one build process ended.
 *
 * @param exitCode the process's exit code, or -1 when it was killed on timeout
 * @param output standard output and error, interleaved
 * @param timedOut whether the timeout killed the process and its descendants
 * @param elapsed the wall-clock time it took
 */
public record ProcessResult(int exitCode, String output, boolean timedOut, Duration elapsed) {
    public ProcessResult {
        requireNonNull(output, "output");
        requireNonNull(elapsed, "elapsed");
    }

    public boolean succeeded() {
        return !timedOut && exitCode == 0;
    }
}
