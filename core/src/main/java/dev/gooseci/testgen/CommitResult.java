package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What {@link TestCommitter} did, for the host that opens or updates the pull or merge request.
 *
 * @param sha the new commit
 * @param branch the local branch the commit is on
 * @param files the committed paths, relative to the repository root
 * @param pushedTo {@code remote/branch} when the commit was pushed
 */
public record CommitResult(String sha, String branch, List<String> files, Optional<String> pushedTo) {
    public CommitResult {
        requireNonNull(sha, "sha");
        requireNonNull(branch, "branch");
        files = List.copyOf(requireNonNull(files, "files"));
        requireNonNull(pushedTo, "pushedTo");
    }
}
