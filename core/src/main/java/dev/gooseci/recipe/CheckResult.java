package dev.gooseci.recipe;

import static java.util.Objects.requireNonNull;

/**
 * How one shell command of a recipe's {@code retry} ended.
 *
 * @param command the command as run with {@code bash -c}
 * @param exitCode its exit status; -1 when it was stopped at its timeout
 * @param output standard output and error, interleaved, cut to the last {@link CheckRunner#MAX_OUTPUT} characters
 * @param timedOut whether it was stopped at its timeout
 */
public record CheckResult(String command, int exitCode, String output, boolean timedOut) {
    public CheckResult {
        requireNonNull(command, "command");
        requireNonNull(output, "output");
    }

    public boolean passed() {
        return exitCode == 0 && !timedOut;
    }

    /** One line for logs and for the model: which command, and how it ended. */
    public String describe() {
        return "`" + command + "` " + (timedOut ? "timed out" : "exited with " + exitCode);
    }
}
