package dev.gooseci.recipe;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a recipe's shell commands: {@code bash -c} in the workspace, with only the environment it is given (the
 * caller's filtered one, without CI tokens or provider keys), stdin closed, and a timeout after which the whole process
 * tree is killed.
 */
final class CheckRunner {
    /** The tail of the output that is kept: where build tools print what failed. */
    static final int MAX_OUTPUT = 8_000;

    private final Path workspace;
    private final Map<String, String> env;

    CheckRunner(Path workspace, Map<String, String> env) {
        this.workspace = workspace;
        this.env = Map.copyOf(env);
    }

    CheckResult run(String command, Duration timeout) {
        Path log = null;
        try {
            log = Files.createTempFile("goose-check-", ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of("bash", "-c", command))
                    .directory(workspace.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().clear();
            builder.environment().putAll(env);
            Process process = builder.start();
            boolean done;
            try {
                done = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done = false;
            }
            if (!done) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                waitQuietly(process);
            }
            String output = tail(new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
            return new CheckResult(command, done ? process.exitValue() : -1, output, !done);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run the recipe command `" + command + "` (" + e + ")", e);
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private static void waitQuietly(Process process) {
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(String output) {
        return output.length() <= MAX_OUTPUT
                ? output
                : "[" + (output.length() - MAX_OUTPUT) + " characters cut]\n"
                        + output.substring(output.length() - MAX_OUTPUT);
    }
}
