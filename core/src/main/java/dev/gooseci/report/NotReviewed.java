package dev.gooseci.report;

import static java.util.Objects.requireNonNull;

/**
 * A changed file that the review skipped, and why: ignored, generated, binary, too large, over the budget. Every such
 * file is listed in the report so that nothing is dropped silently.
 *
 * @param path the file's path relative to the repository root, with forward slashes
 * @param reason a short sentence a reader can act on, such as {@code binary file}
 */
public record NotReviewed(String path, String reason) {
    public NotReviewed {
        requireNonNull(path, "path");
        requireNonNull(reason, "reason");
        if (path.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException(
                    "a not-reviewed file needs a path and a reason, got '" + path + "': '" + reason + "'");
        }
    }
}
