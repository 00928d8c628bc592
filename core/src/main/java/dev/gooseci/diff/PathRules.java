package dev.gooseci.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * A list of gitignore-syntax rules, matched with JGit's own matcher so that {@code .gooseignore} means exactly what a
 * {@code .gitignore} would. As in git the last matching rule decides, so {@code !keep.md} after {@code *.md}
 * re-includes; unlike git, a negation may also re-include a file under an excluded directory, since we match changed
 * files, not a directory walk.
 */
final class PathRules {

    private final List<FastIgnoreRule> rules = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    PathRules(List<String> lines) {
        for (String line : lines) {
            FastIgnoreRule rule = new FastIgnoreRule(line);
            if (!rule.isEmpty()) {
                rules.add(rule);
                texts.add(line.strip());
            }
        }
    }

    /** The rule that excludes {@code path}, or empty when none does (or the last match is a negation). */
    Optional<String> match(String path) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            FastIgnoreRule rule = rules.get(i);
            if (rule.isMatch(path, false)) {
                return rule.getResult() ? Optional.of(texts.get(i)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
