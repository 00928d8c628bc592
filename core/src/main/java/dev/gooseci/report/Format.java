package dev.gooseci.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The report files a review can write, each with the name users pick it by and the file it goes to. */
public enum Format {
    MARKDOWN("markdown", "report.md"),
    SARIF("sarif", "goose.sarif"),
    CODE_QUALITY("codequality", "gl-code-quality-report.json"),
    CHECKSTYLE("checkstyle", "checkstyle-result.xml"),
    JSON("json", "goose-review.json");

    private final String id;
    private final String fileName;

    Format(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    /** The name in settings and on the command line: {@code sarif}. */
    public String id() {
        return id;
    }

    /** The file the format is written to, inside the output directory. */
    public String fileName() {
        return fileName;
    }

    /**
     * Reads one format name, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the known formats when {@code text} is none of them
     */
    public static Format parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (format.id.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException(
                "unknown report format '" + text + "': use one or more of " + names() + ", separated by commas");
    }

    /** Reads a comma-separated list such as {@code markdown,sarif}; at least one format is needed. */
    public static Set<Format> parseList(String text) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String part : (text == null ? "" : text).split(",", -1)) {
            if (!part.isBlank()) {
                formats.add(parse(part));
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException(
                    "no report format given: use one or more of " + names() + ", separated by commas");
        }
        return formats;
    }

    /** {@code markdown, sarif, codequality, checkstyle, json}. */
    static String names() {
        return Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", "));
    }
}
