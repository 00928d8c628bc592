package dev.gooseci.tool.git;

/** A problem with a call's arguments or the revisions it names; it becomes an error result, not a failure. */
final class GitToolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GitToolException(String message) {
        super(message);
    }
}
