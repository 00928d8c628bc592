package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

/** The tool call must not run; the reason goes back to the model as the tool's error result. */
public record Deny(String reason) implements Decision {
    public Deny {
        requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a Deny needs a reason the model and the log can read");
        }
    }
}
