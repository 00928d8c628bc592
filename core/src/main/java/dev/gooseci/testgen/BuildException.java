package dev.gooseci.testgen;

/** The build could not be run at all (unsupported build tool, missing executable, unreadable reports). */
public final class BuildException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
