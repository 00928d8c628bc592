package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

/**
 * The repository cannot give the change asked for. Each {@link Problem} is bad input, not a bug: a command line maps
 * every one of them to exit code 2 and prints the message, which says what to do.
 */
public final class ChangeSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Problem {
        /** The directory is not inside a git working tree. */
        NOT_A_REPOSITORY,
        /** The base (or head) names no commit, or there is no default branch to compare with. */
        BASE_NOT_FOUND,
        /** A shallow clone lacks the history needed to find the base. */
        SHALLOW_CLONE,
        /** HEAD is detached and no base was given or can be derived. */
        DETACHED_HEAD,
        /** Reading the repository failed. */
        READ_FAILED
    }

    private final Problem problem;

    ChangeSourceException(Problem problem, String message) {
        this(problem, message, null);
    }

    ChangeSourceException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = requireNonNull(problem, "problem");
    }

    public Problem problem() {
        return problem;
    }
}
