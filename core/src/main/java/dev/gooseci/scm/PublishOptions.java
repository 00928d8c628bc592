package dev.gooseci.scm;

/**
 * How a review is published.
 *
 * @param inlineCap inline comments per review at most; the rest go into the review body
 * @param requestChanges whether a failed gate asks for changes instead of only commenting
 * @param resolveOutdated whether our own comments whose finding is gone are resolved (or deleted when nobody replied)
 * @param summary whether to keep the sticky summary comment
 */
public record PublishOptions(int inlineCap, boolean requestChanges, boolean resolveOutdated, boolean summary) {
    public PublishOptions {
        if (inlineCap < 0) {
            throw new IllegalArgumentException("inlineCap cannot be negative, was " + inlineCap);
        }
    }

    /** 30 inline comments, comment only, resolve outdated, keep a summary. */
    public static PublishOptions defaults() {
        return new PublishOptions(30, false, true, true);
    }
}
