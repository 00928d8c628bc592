package dev.gooseci.scm.gitlab;

import dev.gooseci.diff.Side;
import dev.gooseci.report.Finding;
import dev.gooseci.scm.Markers;
import dev.gooseci.scm.SuggestionBlock;
import java.util.Locale;

/**
 * The Markdown of a finding's note. Every note ends with the finding's hidden marker, which is how a later run knows
 * the note is ours and which finding it is.
 */
final class NoteBodies {

    private NoteBodies() {}

    /** A note on the diff line of {@code anchor}; a suggestion on the new file becomes an applicable suggestion. */
    static String inline(Finding finding, Anchor anchor) {
        StringBuilder md = heading(finding);
        if (finding.startLine().isPresent()) {
            md.append("Lines ")
                    .append(finding.startLine().get())
                    .append("–")
                    .append(finding.line().orElseThrow())
                    .append(".\n\n");
        }
        body(md, finding);
        if (finding.suggestion().isPresent()) {
            if (finding.side() == Side.RIGHT) {
                md.append(SuggestionBlock.gitlab(finding.suggestion().get(), anchor.linesAbove(), anchor.linesBelow()))
                        .append("\n\n");
            } else {
                plainSuggestion(md, finding.suggestion().get());
            }
        }
        return md.append(Markers.finding(finding.fingerprint())).toString();
    }

    /**
     * A note without a position, for a file-level finding or one whose line GitLab would not take: it names the file
     * and lines itself, and a suggestion is shown as code, since only a note on a line can carry one.
     */
    static String unplaced(Finding finding) {
        StringBuilder md = heading(finding);
        md.append('`').append(finding.path()).append('`');
        if (finding.line().isPresent()) {
            md.append(
                            finding.startLine().isPresent()
                                    ? ", lines " + finding.startLine().get() + "–"
                                    : ", line ")
                    .append(finding.line().get());
            if (finding.side() == Side.LEFT) {
                md.append(" (removed lines)");
            }
        }
        md.append("\n\n");
        body(md, finding);
        finding.suggestion().ifPresent(text -> plainSuggestion(md, text));
        return md.append(Markers.finding(finding.fingerprint())).toString();
    }

    private static StringBuilder heading(Finding finding) {
        String severity = finding.severity().id();
        return new StringBuilder("**")
                .append(severity.substring(0, 1).toUpperCase(Locale.ROOT))
                .append(severity.substring(1))
                .append("** · ")
                .append(finding.category())
                .append(" · ")
                .append(finding.title().replace('\n', ' '))
                .append("\n\n");
    }

    private static void body(StringBuilder md, Finding finding) {
        if (!finding.body().isBlank()) {
            md.append(finding.body().strip()).append("\n\n");
        }
    }

    private static void plainSuggestion(StringBuilder md, String replacement) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < replacement.length(); i++) {
            run = replacement.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        md.append("Suggested replacement:\n\n")
                .append(fence)
                .append('\n')
                .append(replacement.endsWith("\n") ? replacement : replacement + "\n")
                .append(fence)
                .append("\n\n");
    }
}
