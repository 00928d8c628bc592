package dev.gooseci.review;

import java.util.List;
import java.util.Optional;

/**
 * The repository's own files that steer a review ({@code .gooseignore}, hints, {@code .goose/checks/*.md},
 * {@code .goose/config.yaml}), by path relative to the repository root. On a fork's pull request they are read from
 * the base commit ({@link CommitFiles}), so that a contributor cannot rewrite the reviewer's instructions; otherwise
 * from the working tree ({@link WorkingTreeFiles}).
 */
interface RepoFiles {

    /** The file's text (UTF-8), or empty when it does not exist or is not a regular file. */
    Optional<String> read(String path);

    /** The names of the regular files directly inside {@code dir}, sorted; empty when there is no such directory. */
    List<String> list(String dir);

    /** Where the files come from, for messages: {@code the working tree} or {@code base commit 1a2b3c4}. */
    String origin();
}
