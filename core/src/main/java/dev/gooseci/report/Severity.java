package dev.gooseci.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How bad a finding is, from least to most severe; the order is what the quality gate compares. */
public enum Severity {
    INFO,
    MINOR,
    MAJOR,
    CRITICAL,
    BLOCKER;

    /** The lower-case name used in findings, settings and every report format: {@code major}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is {@code threshold} or worse. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    /**
     * Reads a severity by its name, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the known severities when {@code text} is none of them
     */
    public static Severity parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Severity severity : values()) {
            if (severity.id().equals(wanted)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "': use one of " + names());
    }

    /** {@code info, minor, major, critical, blocker}. */
    static String names() {
        return Arrays.stream(values()).map(Severity::id).collect(Collectors.joining(", "));
    }
}
