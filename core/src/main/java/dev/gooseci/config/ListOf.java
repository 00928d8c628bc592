package dev.gooseci.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.FileSystems;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The rule of one list {@link ValueType}: a list comes as a YAML list of single values, or as one text of
 * comma-separated items (as variables and flags give it), and every item passes one check. The check returns the item
 * trimmed, or throws {@link IllegalArgumentException} whose message says what is wrong with it as a predicate (for
 * example "is not a variable name"); the first bad item is reported as a {@link ValueType.InvalidItem}, so that the
 * error can quote that item rather than the whole list. The checks of the list types live here too.
 */
final class ListOf {
    private final UnaryOperator<String> check;

    ListOf(UnaryOperator<String> check) {
        this.check = requireNonNull(check, "check");
    }

    /** The checked items of one text, split at commas; a blank text is the empty list. */
    List<String> parse(String text) {
        String trimmed = text.trim();
        return items(trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s*,\\s*", -1)));
    }

    /** Every item checked, in order; the first bad one throws an {@link ValueType.InvalidItem}. */
    List<String> items(List<String> items) {
        return items.stream()
                .map(text -> {
                    try {
                        return check.apply(text);
                    } catch (IllegalArgumentException e) {
                        throw new ValueType.InvalidItem(text, e);
                    }
                })
                .toList();
    }

    /** A program, or a program and one subcommand, with the words joined by single spaces. */
    static String command(String text) {
        String[] words = text.trim().split("\\s+");
        if (text.isBlank() || words.length > 2) {
            throw new IllegalArgumentException("is not a program, or a program and one subcommand");
        }
        return String.join(" ", words);
    }

    /** A valid glob that cannot leave the workspace. */
    static String glob(String text) {
        String glob = text.trim();
        if (glob.isEmpty() || glob.startsWith("/") || glob.startsWith("~") || glob.contains("..")) {
            throw new IllegalArgumentException("is not relative to the workspace");
        }
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not a valid glob (" + e.getMessage() + ")", e);
        }
        return glob;
    }

    /** An environment variable name that does not look like a secret. */
    static String variable(String text) {
        String name = text.trim();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("is not a variable name");
        }
        if (SecretNames.looksSecret(name)) {
            throw new IllegalArgumentException("looks like a secret, and secrets are never passed to tools, MCP"
                    + " servers or builds; remove it");
        }
        return name;
    }
}
