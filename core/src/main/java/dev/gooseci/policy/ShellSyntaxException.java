package dev.gooseci.policy;

/** The command could not be parsed, or uses a construct the command policy does not check. */
final class ShellSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ShellSyntaxException(String message) {
        super(message);
    }
}
