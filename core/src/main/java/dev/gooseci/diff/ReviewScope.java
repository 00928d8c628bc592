package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A change split into the files a review reads and those it leaves out, each with its reason. Every file of the
 * change is in exactly one of the two lists, in diff order.
 */
public record ReviewScope(List<FileChange> reviewed, List<NotReviewed> notReviewed) {

    public ReviewScope {
        reviewed = List.copyOf(requireNonNull(reviewed, "reviewed"));
        notReviewed = List.copyOf(requireNonNull(notReviewed, "notReviewed"));
    }
}
