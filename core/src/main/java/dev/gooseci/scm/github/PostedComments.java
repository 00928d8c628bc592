package dev.gooseci.scm.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.scm.Markers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What earlier runs posted on a pull request, read from every page of its review comments and reviews: the
 * fingerprints already there (in comments and in review bodies), our own top-level comments, and which comments
 * have replies. A crash halfway through an earlier publish leaves exactly this state behind, so reading it first is
 * what makes a re-run post only what is missing.
 */
final class PostedComments {
    private final Set<String> fingerprints;
    private final List<OwnComment> own;
    private final Set<Long> repliedTo;

    private PostedComments(Set<String> fingerprints, List<OwnComment> own, Set<Long> repliedTo) {
        this.fingerprints = fingerprints;
        this.own = own;
        this.repliedTo = repliedTo;
    }

    /** One of our top-level review comments, with the fingerprint its marker carries. */
    record OwnComment(long id, String fingerprint, String path) {}

    static PostedComments load(GitHubRest rest, String pullPath) {
        Set<String> fingerprints = new HashSet<>();
        List<OwnComment> own = new ArrayList<>();
        Set<Long> repliedTo = new HashSet<>();
        for (JsonNode comment : rest.getAll(pullPath + "/comments")) {
            JsonNode replyTo = comment.path("in_reply_to_id");
            if (replyTo.canConvertToLong() && !replyTo.isNull()) {
                repliedTo.add(replyTo.asLong());
                continue;
            }
            Optional<String> fingerprint =
                    Markers.fingerprintIn(comment.path("body").asText(""));
            if (fingerprint.isPresent()) {
                fingerprints.add(fingerprint.get());
                own.add(new OwnComment(
                        comment.path("id").asLong(),
                        fingerprint.get(),
                        comment.path("path").asText("")));
            }
        }
        for (JsonNode review : rest.getAll(pullPath + "/reviews")) {
            fingerprints.addAll(Markers.fingerprintsIn(review.path("body").asText("")));
        }
        return new PostedComments(Set.copyOf(fingerprints), List.copyOf(own), Set.copyOf(repliedTo));
    }

    boolean has(String fingerprint) {
        return fingerprints.contains(fingerprint);
    }

    /** Our top-level comments whose fingerprint is not in {@code current}: their finding is gone. */
    List<OwnComment> outdated(Set<String> current) {
        return own.stream().filter(c -> !current.contains(c.fingerprint())).toList();
    }

    boolean hasReplies(OwnComment comment) {
        return repliedTo.contains(comment.id());
    }
}
