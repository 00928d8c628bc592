package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Goose's permission modes: how a tool call without a per-tool rule is decided. */
public enum Mode {
    /** Every tool runs unless a rule says otherwise. */
    AUTO,
    /** Every tool needs approval unless it is {@link ToolRule#ALWAYS_ALLOW}; in CI that means it is denied. */
    APPROVE,
    /** Read-only tools run; the others need approval, which in CI means they are denied. */
    SMART_APPROVE,
    /** No tool runs at all: the model can only talk. */
    CHAT;

    /** The name used in configuration, for example {@code smart_approve}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a mode as written in configuration ({@code auto}, {@code approve}, {@code smart_approve}, {@code chat};
     * case and {@code -} versus {@code _} do not matter).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Mode parse(String text) {
        requireNonNull(text, "text");
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Mode mode : values()) {
            if (mode.configName().equals(wanted)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + text + "' (setting GOOSE_MODE / mode); use one of: "
                + Arrays.stream(values()).map(Mode::configName).collect(Collectors.joining(", ")));
    }
}
