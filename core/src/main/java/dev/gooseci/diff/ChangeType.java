package dev.gooseci.diff;

/** What happened to one file between base and head, as git names it. */
public enum ChangeType {
    ADDED,
    DELETED,
    MODIFIED,
    RENAMED,
    COPIED
}
