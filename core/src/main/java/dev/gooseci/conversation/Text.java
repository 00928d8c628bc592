package dev.gooseci.conversation;

import static java.util.Objects.requireNonNull;

/** Plain text from the user or the model. */
public record Text(String text) implements Content {
    public Text {
        requireNonNull(text, "text");
    }
}
