package dev.gooseci.recipe;

import java.util.List;

/**
 * A recipe could not be loaded. Each problem names the file, the line, the field and what to write instead, for
 * example {@code review.yaml line 12: parameters[1].requirement: 'sometimes' is not one of required, optional,
 * user_prompt}. All problems of a file are reported at once, so that one edit can fix them all.
 */
public final class RecipeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    RecipeException(List<String> problems) {
        super(
                problems.size() == 1
                        ? problems.get(0)
                        : "the recipe has " + problems.size() + " problems:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order of discovery. */
    public List<String> problems() {
        return problems;
    }
}
