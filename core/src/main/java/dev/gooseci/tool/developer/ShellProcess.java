package dev.gooseci.tool.developer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one command to its end or its deadline, with exactly the given environment, stdout and stderr merged into a
 * capped buffer. The whole process tree dies with it: while it runs, its descendants are noted, so that children
 * left behind (background jobs, a build's forked JVMs) are killed too, even after the shell itself has gone.
 */
final class ShellProcess {
    /**
     * How a run ended.
     *
     * @param exitCode the command's exit code; -1 when it timed out
     * @param killed how many processes of the tree were still alive at the end and were killed
     */
    record Outcome(String output, int exitCode, boolean timedOut, int killed) {}

    private static final long POLL_MILLIS = 100;
    private static final long REAP_WAIT_MILLIS = 5_000;

    private ShellProcess() {}

    static Outcome run(List<String> command, Path directory, Map<String, String> environment, Duration timeout, int cap)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        HeadTailBuffer output = new HeadTailBuffer(cap);
        Thread reader = new Thread(() -> drain(process.getInputStream(), output), "developer-shell-output");
        reader.setDaemon(true);
        reader.start();
        Set<ProcessHandle> seen = new LinkedHashSet<>();
        boolean timedOut;
        try {
            timedOut = !awaitExit(process, seen, System.nanoTime() + timeout.toNanos());
        } catch (InterruptedException e) {
            killTree(process, seen, false);
            throw e;
        }
        int killed = killTree(process, seen, true);
        reader.join(REAP_WAIT_MILLIS);
        return new Outcome(output.text(), timedOut ? -1 : process.exitValue(), timedOut, killed);
    }

    /** Waits for the process, noting its descendants as it goes; false if the deadline came first. */
    private static boolean awaitExit(Process process, Set<ProcessHandle> seen, long deadline)
            throws InterruptedException {
        while (true) {
            process.descendants().forEach(seen::add);
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (process.waitFor(Math.max(0, Math.min(left, POLL_MILLIS)), TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (deadline - System.nanoTime() <= 0) {
                return false;
            }
        }
    }

    /**
     * Kills the process and every descendant it has or had, the shell first so that it starts no more.
     *
     * @param wait whether to wait until they are gone (not when the thread was interrupted)
     * @return how many were still alive
     */
    static int killTree(Process process, Set<ProcessHandle> seen, boolean wait) throws InterruptedException {
        Set<ProcessHandle> tree = new LinkedHashSet<>(seen);
        process.descendants().forEach(tree::add);
        for (ProcessHandle handle : List.copyOf(tree)) {
            handle.descendants().forEach(tree::add);
        }
        List<ProcessHandle> killed = new ArrayList<>();
        if (process.isAlive()) {
            process.destroyForcibly();
            killed.add(process.toHandle());
        }
        for (ProcessHandle handle : tree) {
            if (handle.isAlive() && handle.destroyForcibly()) {
                killed.add(handle);
            }
        }
        if (wait) {
            for (ProcessHandle handle : killed) {
                try {
                    handle.onExit().get(REAP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    // it was sent SIGKILL; nothing more can be done from here
                }
            }
        }
        return killed.size();
    }

    private static void drain(InputStream in, HeadTailBuffer output) {
        byte[] chunk = new byte[8192];
        try (in) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                output.write(chunk, 0, n);
            }
        } catch (IOException e) {
            // the pipe broke when the process died; what was read is kept
        }
    }
}
