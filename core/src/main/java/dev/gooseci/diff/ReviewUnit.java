package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One model call's worth of a change: file parts whose estimated tokens fit the budget together, rendered by {@link
 * UnitRenderer}.
 *
 * @param number 1-based position in the packing; stable for the same change, so logs and shards can name a unit
 * @param tokens the estimated tokens of the rendered unit
 * @param overBudget the unit is one hunk that alone is larger than the budget; it is still reviewed, on its own
 */
public record ReviewUnit(int number, List<FilePart> files, int tokens, boolean overBudget) {

    public ReviewUnit {
        files = List.copyOf(requireNonNull(files, "files"));
        if (number < 1) {
            throw new IllegalArgumentException("number must be >= 1, got " + number);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a review unit holds at least one file");
        }
        if (overBudget && files.size() != 1) {
            throw new IllegalArgumentException(
                    "an over-budget unit holds exactly one hunk, got " + files.size() + " files");
        }
    }

    /** The paths of the unit's files, in unit order (a split file's path appears once per part it has here). */
    public List<String> paths() {
        return files.stream().map(FilePart::path).toList();
    }
}
