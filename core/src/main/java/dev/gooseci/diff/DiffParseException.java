package dev.gooseci.diff;

/**
 * Unified diff text that does not follow the format, for example a hunk whose header counts more or fewer lines
 * than follow it. The message names the file and the 1-based line of the diff text where parsing stopped.
 */
public final class DiffParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    DiffParseException(String path, int line, String problem) {
        super("cannot parse the diff of " + (path.isEmpty() ? "a file" : "'" + path + "'") + " at line " + line
                + " of the diff text: " + problem);
        this.line = line;
    }

    /** The 1-based line of the diff text where parsing stopped. */
    public int line() {
        return line;
    }
}
