package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a build command with a complete, already filtered environment (the JVM's own is never inherited) and a
 * timeout. On timeout it kills the whole process tree, descendants first: a Maven build forks test JVMs that would
 * otherwise outlive it and hold the workspace.
 */
final class ProcessRunner {
    private final Map<String, String> environment;

    ProcessRunner(Map<String, String> environment) {
        this.environment = Map.copyOf(requireNonNull(environment, "environment"));
    }

    ProcessResult run(Path dir, List<String> command, Duration timeout) {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new BuildException(
                    "cannot start " + command.get(0) + " in " + dir + ": " + e.getMessage()
                            + "; check that it is installed and on PATH",
                    e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread pump = new Thread(() -> copy(process.getInputStream(), output), "build-output");
        pump.setDaemon(true);
        pump.start();
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                killTree(process.toHandle());
                process.waitFor(10, TimeUnit.SECONDS);
            }
            pump.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            killTree(process.toHandle());
            Thread.currentThread().interrupt();
            throw new BuildException("interrupted while running " + String.join(" ", command), e);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        String text;
        synchronized (output) {
            text = output.toString(StandardCharsets.UTF_8);
        }
        return new ProcessResult(finished ? process.exitValue() : -1, text, !finished, elapsed);
    }

    /** Kills {@code root}'s descendants (deepest first, so none is re-parented and missed), then {@code root}. */
    static void killTree(ProcessHandle root) {
        List<ProcessHandle> descendants = root.descendants().toList();
        for (int i = descendants.size() - 1; i >= 0; i--) {
            descendants.get(i).destroyForcibly();
        }
        root.destroyForcibly();
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (out) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            if (!"Stream closed".equals(e.getMessage())) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
