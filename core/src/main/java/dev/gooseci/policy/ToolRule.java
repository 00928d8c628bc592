package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A per-tool permission rule, as in Goose's permission settings. {@link #NEVER_ALLOW} wins over everything. */
public enum ToolRule {
    ALWAYS_ALLOW,
    ASK_BEFORE,
    NEVER_ALLOW;

    /** The name used in configuration, for example {@code always_allow}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a rule as written in configuration ({@code always_allow}, {@code ask_before}, {@code never_allow}).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ToolRule parse(String text) {
        requireNonNull(text, "text");
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (ToolRule rule : values()) {
            if (rule.configName().equals(wanted)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown tool rule '" + text + "'; use one of: "
                + Arrays.stream(values()).map(ToolRule::configName).collect(Collectors.joining(", ")));
    }
}
