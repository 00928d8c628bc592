package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

/**
 * A changed file, or a run of its hunks, as one review unit holds it. A file over the token budget is split at hunk
 * boundaries into parts {@code 1..parts}; each part's {@link #file()} holds only its own hunks, with their real line
 * numbers.
 *
 * @param tokens the estimated tokens of this part as {@link UnitRenderer} renders it
 */
public record FilePart(FileChange file, FileKind kind, int part, int parts, int tokens) {

    public FilePart {
        requireNonNull(file, "file");
        requireNonNull(kind, "kind");
        if (part < 1 || part > parts) {
            throw new IllegalArgumentException("part must be in 1.." + parts + ", got " + part);
        }
        if (tokens < 0) {
            throw new IllegalArgumentException("tokens must be >= 0, got " + tokens);
        }
    }

    /** The path a reviewer names the file by. */
    public String path() {
        return file.path();
    }

    /** Whether the file was split across several parts. */
    public boolean split() {
        return parts > 1;
    }
}
