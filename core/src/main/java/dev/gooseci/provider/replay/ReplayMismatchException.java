package dev.gooseci.provider.replay;

import dev.gooseci.provider.ProviderException;

/**
 * The run asked something the transcript did not record: a request that differs from the recorded one, or a call
 * after the last turn. It is never retried, since the same request would differ again; the message names the
 * transcript, the turn and the first differing field, and how to bring the two back in line.
 */
public final class ReplayMismatchException extends ProviderException {
    private static final long serialVersionUID = 1L;

    private final int turn;
    private final String path;

    public ReplayMismatchException(String message, int turn, String path) {
        super(message, 0, false);
        this.turn = turn;
        this.path = path;
    }

    /** The turn the call would have played, counted from 1. */
    public int turn() {
        return turn;
    }

    /** The JSON path of the first differing field, such as {@code messages[4].content[0].text}; empty past the end. */
    public String path() {
        return path;
    }
}
