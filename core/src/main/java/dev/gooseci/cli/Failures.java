package dev.gooseci.cli;

import dev.gooseci.diff.ChangeSourceException;
import dev.gooseci.provider.ProviderException;
import java.io.UncheckedIOException;

/** Maps what a command threw to its exit code and a one-line message. */
final class Failures {
    private Failures() {}

    static int exitCode(Throwable e) {
        if (e instanceof ProviderException) {
            return ExitCode.PROVIDER_ERROR.code();
        }
        if (e instanceof IllegalArgumentException
                || e instanceof UncheckedIOException
                || e instanceof ChangeSourceException) {
            return ExitCode.BAD_INPUT.code();
        }
        return ExitCode.INTERNAL_ERROR.code();
    }

    static String describe(Throwable e) {
        if (exitCode(e) == ExitCode.INTERNAL_ERROR.code()) {
            return "internal error, please report it with the stack trace below: " + e;
        }
        return e.getMessage();
    }
}
