package dev.gooseci.recipe;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code {{ name }}} in a recipe's text with parameter values. Only plain names are supported: Goose's
 * MiniJinja filters and {@code {% %}} tags are reported as problems rather than passed to the model verbatim.
 * {@code recipe_dir}, the directory of the recipe file, is always defined, as in Goose.
 */
final class Template {
    static final String RECIPE_DIR = "recipe_dir";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, String> values;
    private final Set<String> declared;
    private final Problems problems;
    private final Set<String> used = new LinkedHashSet<>();

    /**
     * @param values the value of each parameter that has one (given or default), plus {@code recipe_dir}
     * @param declared every declared parameter, with or without a value
     */
    Template(Map<String, String> values, Set<String> declared, Problems problems) {
        this.values = Map.copyOf(values);
        this.declared = Set.copyOf(declared);
        this.problems = problems;
    }

    /** {@code text} with each placeholder replaced; a placeholder that cannot be filled is a problem at {@code at}. */
    String render(String text, String at) {
        if (text.contains("{%")) {
            problems.add(at, "template tags '{% ... %}' are not supported; use only {{ name }} placeholders");
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String name = matcher.group(1).strip();
            String replacement = matcher.group();
            if (!NAME.matcher(name).matches()) {
                Matcher leading = NAME.matcher(name);
                if (leading.lookingAt() && declared.contains(leading.group())) {
                    used.add(leading.group());
                }
                problems.add(
                        at,
                        "'" + matcher.group() + "' is not supported; use a plain parameter name such as {{ file }}"
                                + " (filters and expressions are not)");
            } else if (values.containsKey(name)) {
                used.add(name);
                replacement = values.get(name);
            } else if (declared.contains(name)) {
                used.add(name);
            } else {
                problems.add(
                        at,
                        "uses {{ " + name + " }}, but the recipe declares no parameter '" + name
                                + "'; add it under parameters");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The parameters the rendered texts used so far. */
    Set<String> used() {
        return Set.copyOf(used);
    }
}
