package dev.gooseci.policy;

/** What a tool wants to do with a path; writes are also limited by the sandbox's write-allow globs. */
public enum Access {
    READ,
    WRITE
}
