package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

/** A human would have to approve the call. In CI this resolves to {@link Deny} (see {@link Decision#nonInteractive()}). */
public record Ask(String reason) implements Decision {
    public Ask {
        requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a Ask needs a reason the model and the log can read");
        }
    }
}
