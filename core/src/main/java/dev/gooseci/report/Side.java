package dev.gooseci.report;

/**
 * Which version of a file a finding's lines count in: {@code RIGHT} is the head (added and context lines), {@code LEFT}
 * the base (removed lines). The report files describe the head tree, so they place only right-side findings on lines.
 */
public enum Side {
    LEFT,
    RIGHT
}
