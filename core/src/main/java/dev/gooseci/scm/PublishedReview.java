package dev.gooseci.scm;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a publish did, for the console and the host's outputs.
 *
 * @param posted inline comments posted by this run
 * @param alreadyThere findings an earlier run had already posted (matched by fingerprint)
 * @param fileLevel findings posted at file level because the platform rejected their line
 * @param inBody findings past the inline cap, listed in the review body
 * @param resolved our own earlier comments resolved or deleted because their finding is gone
 * @param links URLs of what was posted (review, summary comment, check run)
 */
public record PublishedReview(
        int posted, int alreadyThere, int fileLevel, int inBody, int resolved, List<String> links) {
    public PublishedReview {
        requireNonNull(links, "links");
        links = List.copyOf(links);
    }
}
