package dev.gooseci.action;

import java.util.Locale;

/** Where the action publishes the review: the {@code post} input. */
enum Post {
    /** One pull request review with inline comments, plus the sticky summary comment. */
    REVIEW,
    /** Only the sticky summary comment. */
    COMMENT,
    /** A {@code goose-ci} check run with annotations. */
    CHECK,
    /** Nothing: outputs, step summary and annotations only. */
    NONE;

    static Post parse(String text) {
        for (Post post : values()) {
            if (post.name().equalsIgnoreCase(text.strip())) {
                return post;
            }
        }
        throw new IllegalArgumentException("input 'post' must be review, comment, check or none, was '" + text + "'");
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
