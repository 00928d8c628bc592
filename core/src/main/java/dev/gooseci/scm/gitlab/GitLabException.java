package dev.gooseci.scm.gitlab;

import static java.util.Objects.requireNonNull;

/**
 * GitLab could not do what was asked. The message says which request failed and what to change (the token, its scope,
 * the project or merge request id); {@link #problem()} lets a host pick the exit code without parsing the message.
 */
public final class GitLabException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, coarsely. */
    public enum Problem {
        /** The token is missing, wrong, expired or revoked (401). */
        AUTHENTICATION,
        /** The token lacks the {@code api} scope, or its user's role may not do this (403). */
        PERMISSION,
        /** The project or merge request does not exist, or the token's user cannot see it (404). */
        NOT_FOUND,
        /** GitLab rejected the request itself (400, 409, 422): a bad position, for example. */
        BAD_REQUEST,
        /** GitLab kept failing or rate limiting, or the connection did, after every retry. */
        UNAVAILABLE,
        /** The merge request has no diff version yet: GitLab is still preparing it. */
        NOT_READY,
        /** A reply was not the JSON GitLab documents. */
        MALFORMED
    }

    private final Problem problem;
    private final int status;

    GitLabException(Problem problem, int status, String message) {
        this(problem, status, message, null);
    }

    GitLabException(Problem problem, int status, String message, Throwable cause) {
        super(message, cause);
        this.problem = requireNonNull(problem, "problem");
        this.status = status;
    }

    public Problem problem() {
        return problem;
    }

    /** The HTTP status, or 0 when there was none (network failure, diff not ready). */
    public int status() {
        return status;
    }
}
