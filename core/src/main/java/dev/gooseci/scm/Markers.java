package dev.gooseci.scm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden markers Goose CI puts into what it posts, so that a later run finds its own comments: an HTML comment
 * invisible in rendered Markdown on GitHub and GitLab. One scheme for every platform.
 */
public final class Markers {
    private static final Pattern FINDING = Pattern.compile("<!-- goose-ci:finding ([0-9a-f]{8,64}) -->");
    private static final Pattern SUMMARY = Pattern.compile("<!-- goose-ci:summary(?: head=([0-9a-f]{7,64}))? -->");

    private Markers() {}

    /** The marker for a finding, by its fingerprint. */
    public static String finding(String fingerprint) {
        if (!fingerprint.matches("[0-9a-f]{8,64}")) {
            throw new IllegalArgumentException(
                    "a fingerprint is 8 to 64 lower-case hex digits, was '" + fingerprint + "'");
        }
        return "<!-- goose-ci:finding " + fingerprint + " -->";
    }

    /** The marker of the sticky summary, recording the head commit that was reviewed (for incremental runs). */
    public static String summary(String headSha) {
        return "<!-- goose-ci:summary head=" + headSha + " -->";
    }

    /** The fingerprint a comment body carries, if it is one of ours. */
    public static Optional<String> fingerprintIn(String body) {
        Matcher matcher = FINDING.matcher(body == null ? "" : body);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Every fingerprint a text carries, in order: a review body lists the findings past the inline cap this way. */
    public static List<String> fingerprintsIn(String body) {
        Matcher matcher = FINDING.matcher(body == null ? "" : body);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return List.copyOf(found);
    }

    public static boolean isSummary(String body) {
        return body != null && SUMMARY.matcher(body).find();
    }

    /** The head commit an earlier summary recorded, if any. */
    public static Optional<String> reviewedHead(String body) {
        Matcher matcher = SUMMARY.matcher(body == null ? "" : body);
        return matcher.find() ? Optional.ofNullable(matcher.group(1)) : Optional.empty();
    }
}
