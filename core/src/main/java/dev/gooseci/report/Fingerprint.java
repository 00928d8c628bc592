package dev.gooseci.report;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one fingerprint scheme every report format uses (SARIF {@code partialFingerprints}, the Code Quality
 * {@code fingerprint}, the comment marker), so that a finding keeps its identity from run to run.
 *
 * <p>The fingerprint is the first {@value #LENGTH} hex digits of the SHA-256 of version 1 of this scheme and four
 * normalised parts, separated by NUL characters:
 *
 * <ol>
 *   <li>the path, with backslashes turned into slashes and a leading {@code ./} removed;
 *   <li>the category or custom check, trimmed and lower-cased;
 *   <li>the title, lower-cased, with quote characters ({@code ` ' "} and typographic quotes) removed, every run of
 *       digits replaced by {@code #}, whitespace collapsed and a trailing full stop dropped: models quote the same
 *       identifier in different ways, and numbers in titles are often line numbers or counts that drift;
 *   <li>the code context: the text of the lines the finding points at, each trimmed and whitespace-collapsed, blank
 *       lines left out. Digits and quotes are kept here, since they are the code itself.
 * </ol>
 *
 * No line number goes in, so the fingerprint survives code moving up or down and re-indentation; it changes when the
 * finding moves to another file or category, is retitled, or the code it points at changes.
 */
public final class Fingerprint {
    /** Hex digits kept: 80 bits, plenty for the findings of one repository. */
    public static final int LENGTH = 20;

    private static final String VERSION = "goose-fingerprint/v1";
    private static final Pattern VALID = Pattern.compile("[0-9a-f]{" + LENGTH + "}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");
    private static final Pattern QUOTES = Pattern.compile("[`'\"\u2018\u2019\u201c\u201d]");

    private Fingerprint() {}

    /**
     * The fingerprint of a finding.
     *
     * @param codeContext the text of the lines the finding points at, as {@link #codeContext} cuts it; empty for a
     *     file-level finding
     */
    public static String of(String path, String category, String title, String codeContext) {
        requireNonNull(path, "path");
        requireNonNull(category, "category");
        requireNonNull(title, "title");
        requireNonNull(codeContext, "codeContext");
        String key = String.join("\0", VERSION, path(path), category(category), title(title), context(codeContext));
        return HexFormat.of().formatHex(sha256(key)).substring(0, LENGTH);
    }

    /**
     * Lines {@code first} to {@code last} (1-based, inclusive) of a file, joined by newlines; the part outside the file
     * is left out, so a finding past the end has an empty context.
     */
    public static String codeContext(List<String> fileLines, int first, int last) {
        int from = Math.max(1, first);
        int to = Math.min(fileLines.size(), last);
        return from > to ? "" : String.join("\n", fileLines.subList(from - 1, to));
    }

    /** Whether {@code text} has the shape this scheme produces. */
    public static boolean isValid(String text) {
        return text != null && VALID.matcher(text).matches();
    }

    static String path(String path) {
        String slashes = path.strip().replace('\\', '/');
        return slashes.startsWith("./") ? slashes.substring(2) : slashes;
    }

    static String category(String category) {
        return category.strip().toLowerCase(Locale.ROOT);
    }

    static String title(String title) {
        String text = QUOTES.matcher(title.toLowerCase(Locale.ROOT)).replaceAll("");
        text = DIGITS.matcher(text).replaceAll("#");
        text = collapse(text);
        return text.endsWith(".") ? text.substring(0, text.length() - 1).strip() : text;
    }

    static String context(String codeContext) {
        return codeContext
                .lines()
                .map(Fingerprint::collapse)
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    private static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
