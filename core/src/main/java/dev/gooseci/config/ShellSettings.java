package dev.gooseci.config;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/**
 * The developer extension's {@code shell} tool.
 *
 * @param enabled whether the model is offered the tool at all
 * @param allow the command allowlist: programs ({@code cat}), or a program and one subcommand ({@code git diff})
 * @param timeout the most one command may run
 */
public record ShellSettings(boolean enabled, List<String> allow, Duration timeout) {
    /**
     * Read-only programs, so that a run with no configuration can look around but change nothing. {@code find} is
     * left out because {@code -delete} and {@code -fprint} write.
     */
    public static final List<String> DEFAULT_ALLOW =
            List.of("cat", "head", "tail", "ls", "wc", "grep", "git log", "git diff", "git show", "git status");

    public ShellSettings {
        allow = List.copyOf(allow);
        requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("shell timeout must be positive, was " + timeout);
        }
    }

    /** Enabled, {@link #DEFAULT_ALLOW}, 10 minutes per command. */
    public static ShellSettings defaults() {
        return new ShellSettings(true, DEFAULT_ALLOW, Duration.ofMinutes(10));
    }
}
