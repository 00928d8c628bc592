package dev.gooseci.scm.github;

import dev.gooseci.scm.PublishedReview;

/** The summary comment's last lines: what this run posted, and what was there already. */
final class SummaryFooter {
    private SummaryFooter() {}

    static String text(PublishedReview published) {
        return "\n---\n\nThis run posted " + count(published.posted(), "comment")
                + (published.fileLevel() > 0
                        ? " (" + published.fileLevel() + " at file level because GitHub refused their lines)"
                        : "")
                + ", listed " + count(published.inBody(), "finding") + " in the review body"
                + ", found " + count(published.alreadyThere(), "finding") + " already posted"
                + " and tidied " + count(published.resolved(), "outdated comment") + ".\n";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
