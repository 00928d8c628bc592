package dev.gooseci.scm;

import dev.gooseci.diff.ChangeSet;

/** Reads a change request and its change from a platform. */
public interface ChangeRequestSource {

    ChangeRequest read();

    /**
     * The change of {@code request}, from the platform's API, falling back to a local diff of the checked-out base and
     * head when the platform leaves patches out. No file is ever lost quietly: a file that cannot be read is in the
     * change set with its skip reason.
     */
    ChangeSet changes(ChangeRequest request);
}
