package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

/** Thrown by {@link PathSandbox#resolve} when a path is not allowed; the message is the reason for the model. */
public final class PathDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PathDeniedException(String reason) {
        super(requireNonNull(reason, "reason"));
    }

    /** The decision to return to the model. */
    public Decision decision() {
        return Decision.deny(getMessage());
    }
}
