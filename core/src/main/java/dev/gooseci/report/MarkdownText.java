package dev.gooseci.report;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/** Escaping and small formats for {@link MarkdownReport}. */
final class MarkdownText {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private MarkdownText() {}

    /**
     * Text for a table cell or a heading: HTML's {@code & < >} become entities (so that {@code List<String>} is not
     * read as a tag), {@code |} is escaped (so that it does not end the cell) and line breaks become {@code <br>}.
     * Other Markdown, such as {@code `code`}, keeps working.
     */
    static String cell(String text) {
        String escaped = text.strip()
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("|", "\\|");
        return LINE_BREAK.matcher(escaped).replaceAll("<br>");
    }

    /** {@link #cell} text on one line, for a heading. */
    static String heading(String text) {
        return cell(LINE_BREAK.matcher(text.strip()).replaceAll(" "));
    }

    /** {@link #cell} text that is also safe inside a link's {@code [text]}, where a path's {@code _} is not emphasis. */
    static String linkText(String text) {
        return cell(text)
                .replace("[", "\\[")
                .replace("]", "\\]")
                .replace("_", "\\_")
                .replace("*", "\\*");
    }

    /** A code span of {@code text} on one line, fenced so that backticks inside it do not end it. */
    static String code(String text) {
        String flat = LINE_BREAK.matcher(text).replaceAll(" ");
        String fence = "`"
                .repeat(BACKTICKS
                                .matcher(flat)
                                .results()
                                .mapToInt(r -> r.group().length())
                                .max()
                                .orElse(0)
                        + 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return fence + pad + flat + pad + fence;
    }

    /** A fence of backticks longer than any run of backticks in {@code code}, and at least three. */
    static String fence(String code) {
        int longest = BACKTICKS
                .matcher(code)
                .results()
                .mapToInt(r -> r.group().length())
                .max()
                .orElse(0);
        return "`".repeat(Math.max(3, longest + 1));
    }

    /** {@code 12.3 s}, or {@code 4 min 05 s} from a minute on. */
    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
        }
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
}
