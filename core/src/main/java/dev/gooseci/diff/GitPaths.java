package dev.gooseci.diff;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Paths as git prints them in diff headers: optionally C-quoted ({@code "t\303\251st"}), with {@code a/} / {@code b/}
 * prefixes (or the mnemonic {@code c/ i/ o/ w/}), and {@code /dev/null} for a missing side.
 */
final class GitPaths {

    static final String DEV_NULL = "/dev/null";

    private GitPaths() {}

    /** The two paths of a {@code diff --git} line's rest, prefixes removed; either may be ambiguous with spaces. */
    static List<String> ofGitLine(String rest) {
        if (rest.startsWith("\"")) {
            int close = closingQuote(rest, 0);
            String a = unquote(rest.substring(0, close + 1));
            String b = rest.substring(Math.min(close + 2, rest.length()));
            return List.of(stripPrefix(a), stripPrefix(unquoteIfQuoted(b)));
        }
        int quoted = rest.indexOf(" \"");
        if (quoted >= 0) {
            return List.of(stripPrefix(rest.substring(0, quoted)), stripPrefix(unquote(rest.substring(quoted + 1))));
        }
        // "a/P b/P": when both sides name the same file, the split point is in the middle.
        if ((rest.length() - 1) % 2 == 0) {
            int half = (rest.length() - 1) / 2;
            String a = rest.substring(0, half);
            String b = rest.substring(half + 1);
            if (rest.charAt(half) == ' ' && stripPrefix(a).equals(stripPrefix(b))) {
                return List.of(stripPrefix(a), stripPrefix(b));
            }
        }
        int split = rest.indexOf(" b/");
        if (split < 0) {
            split = rest.indexOf(' ');
        }
        if (split < 0) {
            return List.of(stripPrefix(rest), stripPrefix(rest));
        }
        return List.of(stripPrefix(rest.substring(0, split)), stripPrefix(rest.substring(split + 1)));
    }

    /** The path of a {@code ---} or {@code +++} line's rest: unquoted, a tab and what follows (a date) cut. */
    static String ofFileLine(String rest) {
        if (rest.startsWith("\"")) {
            return stripPrefix(unquote(rest));
        }
        int tab = rest.indexOf('\t');
        return stripPrefix(tab >= 0 ? rest.substring(0, tab) : rest);
    }

    /** The path of a {@code rename from} / {@code copy to} line: no prefix, maybe quoted. */
    static String ofExtendedHeader(String rest) {
        return unquoteIfQuoted(rest);
    }

    static String stripPrefix(String path) {
        if (path.length() > 2 && path.charAt(1) == '/' && "abciow".indexOf(path.charAt(0)) >= 0) {
            return path.substring(2);
        }
        return path;
    }

    private static String unquoteIfQuoted(String text) {
        return text.startsWith("\"") ? unquote(text) : text;
    }

    private static int closingQuote(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return text.length() - 1;
    }

    /** Decodes git's C-style quoting; octal escapes are bytes, and the bytes are UTF-8. */
    static String unquote(String quoted) {
        int close = closingQuote(quoted, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 1; i < close; i++) {
            char c = quoted.charAt(i);
            if (c != '\\' || i + 1 >= close) {
                int cp = quoted.codePointAt(i);
                byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
                i += Character.charCount(cp) - 1;
                continue;
            }
            char e = quoted.charAt(++i);
            if (e >= '0' && e <= '7' && i + 2 < close) {
                out.write(Integer.parseInt(quoted.substring(i, i + 3), 8));
                i += 2;
                continue;
            }
            out.write(escaped(e));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int escaped(char e) {
        switch (e) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case 'a':
                return 7;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'v':
                return 11;
            default:
                return e;
        }
    }
}
