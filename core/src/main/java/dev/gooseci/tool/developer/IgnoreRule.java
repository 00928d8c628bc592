package dev.gooseci.tool.developer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of a {@code .gitignore} or {@code .gooseignore}, with git's rules: {@code #} comments, {@code !}
 * negation, a trailing {@code /} for directories only, a leading or inner {@code /} anchoring the pattern to the
 * file's directory, {@code *}, {@code ?}, {@code [...]}, {@code **} as a whole segment, and {@code \} escapes.
 */
final class IgnoreRule {
    private final Pattern pattern;
    private final boolean negated;
    private final boolean directoryOnly;

    private IgnoreRule(Pattern pattern, boolean negated, boolean directoryOnly) {
        this.pattern = pattern;
        this.negated = negated;
        this.directoryOnly = directoryOnly;
    }

    /** The rule on {@code line}, or empty for blank lines, comments and lines that match nothing. */
    static Optional<IgnoreRule> parse(String line) {
        String text = trimTrailingSpaces(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        if (text.isEmpty() || text.startsWith("#")) {
            return Optional.empty();
        }
        boolean negated = text.startsWith("!");
        if (negated) {
            text = text.substring(1);
        }
        boolean directoryOnly = text.endsWith("/");
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        boolean anchored = text.contains("/");
        while (text.startsWith("/")) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String regex = (anchored ? "" : "(?:.*/)?") + globToRegex(text);
        return Optional.of(new IgnoreRule(Pattern.compile(regex, Pattern.DOTALL), negated, directoryOnly));
    }

    /** Whether this rule speaks about {@code relative}, a path from the ignore file's directory with '/' separators. */
    boolean matches(String relative, boolean directory) {
        return (directory || !directoryOnly) && pattern.matcher(relative).matches();
    }

    /** Whether a match re-includes the path ({@code !pattern}) rather than ignoring it. */
    boolean negated() {
        return negated;
    }

    private static String trimTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ' && !(end > 1 && line.charAt(end - 2) == '\\')) {
            end--;
        }
        return line.substring(0, end);
    }

    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        int length = glob.length();
        int i = 0;
        while (i < length) {
            char c = glob.charAt(i);
            boolean segmentStart = i == 0 || glob.charAt(i - 1) == '/';
            if (c == '*'
                    && segmentStart
                    && glob.startsWith("**", i)
                    && (i + 2 == length || glob.charAt(i + 2) == '/')) {
                if (i + 2 == length) {
                    regex.append(".*");
                    i += 2;
                } else {
                    regex.append("(?:.*/)?");
                    i += 3;
                }
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else if (c == '[') {
                i = bracket(glob, i, regex);
            } else if (c == '\\' && i + 1 < length) {
                regex.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
                i += 2;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }

    /** Appends the class {@code [...]} starting at {@code open}; an unclosed '[' is a literal. Returns the next index. */
    private static int bracket(String glob, int open, StringBuilder regex) {
        int i = open + 1;
        StringBuilder set = new StringBuilder("[");
        if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
            set.append('^');
            i++;
        }
        boolean first = true;
        while (i < glob.length() && (first || glob.charAt(i) != ']')) {
            char c = glob.charAt(i);
            if (c == '\\' && i + 1 < glob.length()) {
                c = glob.charAt(++i);
            }
            if (c == '/') {
                break;
            }
            set.append(Character.isLetterOrDigit(c) || c == '-' ? String.valueOf(c) : "\\" + c);
            first = false;
            i++;
        }
        if (i >= glob.length() || glob.charAt(i) != ']') {
            regex.append(Pattern.quote("["));
            return open + 1;
        }
        regex.append(set.append("&&[^/]]"));
        return i + 1;
    }
}
