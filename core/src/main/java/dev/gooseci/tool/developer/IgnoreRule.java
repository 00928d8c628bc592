package dev.gooseci.tool.developer;

import java.util.Optional;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * One line of a {@code .gitignore} or {@code .gooseignore}, matched by JGit's own matcher, the one {@code diff}'s
 * path rules use, so the tools hide exactly what git ignores: {@code #} comments, {@code !} negation, a trailing
 * {@code /} for directories only, a leading or inner {@code /} anchoring the pattern to the file's directory, globs,
 * {@code **} and {@code \} escapes.
 */
final class IgnoreRule {
    private final FastIgnoreRule rule;

    private IgnoreRule(FastIgnoreRule rule) {
        this.rule = rule;
    }

    /** The rule on {@code line}, or empty for blank lines, comments and lines that match nothing. */
    static Optional<IgnoreRule> parse(String line) {
        FastIgnoreRule rule = new FastIgnoreRule(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        return rule.isEmpty() ? Optional.empty() : Optional.of(new IgnoreRule(rule));
    }

    /** Whether this rule speaks about {@code relative}, a path from the ignore file's directory with '/' separators. */
    boolean matches(String relative, boolean directory) {
        return rule.isMatch(relative, directory, true);
    }

    /** Whether a match re-includes the path ({@code !pattern}) rather than ignoring it. */
    boolean negated() {
        return !rule.getResult();
    }
}
