package dev.gooseci.provider.replay;

/**
 * A transcript, or a JSON value in the transcript format, cannot be read. The message names the line, the JSON path
 * of the offending field and what was expected there, so that a hand-written transcript can be fixed from it alone.
 */
public final class TranscriptFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public TranscriptFormatException(String message) {
        super(message);
    }
}
