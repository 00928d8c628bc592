package dev.gooseci.recipe;

import dev.gooseci.config.LocatedTree;
import java.util.ArrayList;
import java.util.List;

/** Collects a recipe's problems, each with its line and field, so that one load reports all of them. */
final class Problems {
    private final LocatedTree tree;
    private final String origin;
    private final List<String> problems = new ArrayList<>();

    Problems(LocatedTree tree, String origin) {
        this.tree = tree;
        this.origin = origin;
    }

    /** Records a problem with the node at the JSON Pointer {@code pointer}. */
    void add(String pointer, String message) {
        String field = field(pointer);
        problems.add(origin + " line " + tree.line(pointer) + ": " + (field.isEmpty() ? "" : field + ": ") + message);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new RecipeException(problems);
        }
    }

    /** {@code /parameters/1/key} as {@code parameters[1].key}, the way the fields are written in the docs. */
    static String field(String pointer) {
        StringBuilder field = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                field.append('[').append(segment).append(']');
            } else {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return field.toString();
    }
}
