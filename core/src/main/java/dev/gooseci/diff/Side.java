package dev.gooseci.diff;

/**
 * Which file a line number refers to, in the platforms' terms: {@code RIGHT} is the new file (added and context lines),
 * {@code LEFT} the old file (removed and context lines).
 */
public enum Side {
    LEFT,
    RIGHT
}
