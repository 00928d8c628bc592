package dev.gooseci.scm.gitlab;

import static java.util.Objects.requireNonNull;

import dev.gooseci.scm.ChangeRequest;

/**
 * The three commits a GitLab diff position names, from the merge request's latest diff version: {@code base_sha} (the
 * merge base), {@code start_sha} (the target branch head when the version was made) and {@code head_sha}. Never the
 * target branch's current head: a position on any other commits does not match the diff GitLab shows.
 */
record DiffRefs(String base, String start, String head) {

    DiffRefs {
        requireNonNull(base, "base");
        requireNonNull(start, "start");
        requireNonNull(head, "head");
    }

    /** The refs a {@link GitLabChangeSource} put into {@code request}. */
    static DiffRefs of(ChangeRequest request) {
        String start = request.startSha()
                .orElseThrow(() -> new IllegalArgumentException("merge request !" + request.number()
                        + " has no start sha: read it with GitLabChangeSource, which takes the diff refs from the"
                        + " merge request's latest version"));
        return new DiffRefs(request.baseSha(), start, request.headSha());
    }
}
