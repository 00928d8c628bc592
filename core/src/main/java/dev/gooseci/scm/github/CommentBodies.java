package dev.gooseci.scm.github;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.diff.Side;
import dev.gooseci.provider.Json;
import dev.gooseci.report.Finding;
import dev.gooseci.scm.Markers;
import dev.gooseci.scm.SuggestionBlock;
import java.util.List;

/**
 * The text and JSON of what the publisher posts for a finding. Every body ends with the finding's hidden marker, so
 * that a later run knows it is there. Texts are already redacted when they arrive here.
 */
final class CommentBodies {
    private CommentBodies() {}

    /** A draft comment of a review: {@code path}, {@code body}, {@code line} and {@code side}, and the start. */
    static ObjectNode inline(Finding f) {
        ObjectNode comment = Json.object();
        comment.put("path", f.path());
        comment.put("body", inlineText(f));
        comment.put("line", f.line().orElseThrow());
        comment.put("side", f.side().name());
        if (f.startLine().isPresent() && !f.startLine().equals(f.line())) {
            comment.put("start_line", f.startLine().get());
            comment.put("start_side", f.side().name());
        }
        return comment;
    }

    /** A file-level review comment ({@code subject_type: file}), for {@code POST .../pulls/{n}/comments}. */
    static ObjectNode fileLevel(Finding f, String commitId, boolean lineRefused) {
        ObjectNode comment = Json.object();
        comment.put("body", fileText(f, lineRefused));
        comment.put("commit_id", commitId);
        comment.put("path", f.path());
        comment.put("subject_type", "file");
        return comment;
    }

    static String inlineText(Finding f) {
        StringBuilder text = heading(f);
        if (f.suggestion().isPresent()) {
            String code = f.suggestion().get();
            text.append(f.side() == Side.RIGHT ? SuggestionBlock.github(code) : plainBlock(code))
                    .append("\n\n");
        }
        return text.append(Markers.finding(f.fingerprint())).toString();
    }

    static String fileText(Finding f, boolean lineRefused) {
        StringBuilder text = heading(f);
        if (lineRefused) {
            text.append("_GitHub refused a comment on ")
                    .append(lines(f))
                    .append(" (not part of the diff), so it is posted on the file._\n\n");
        }
        f.suggestion()
                .ifPresent(code -> text.append("Suggested change for ")
                        .append(lines(f))
                        .append(":\n\n")
                        .append(plainBlock(code))
                        .append("\n\n"));
        return text.append(Markers.finding(f.fingerprint())).toString();
    }

    /** The review's body: what is new, and the findings past the inline cap, each with its marker. */
    static String reviewBody(int comments, String headSha, List<Finding> overflow, int cap) {
        StringBuilder text = new StringBuilder("Goose CI reviewed ")
                .append(headSha, 0, Math.min(7, headSha.length()))
                .append(": ")
                .append(comments == 1 ? "1 new comment" : comments + " new comments")
                .append(". The summary comment has the whole report.");
        if (!overflow.isEmpty()) {
            text.append("\n\nMore findings than the ").append(cap).append(" inline comments one review carries:\n");
            for (Finding f : overflow) {
                text.append("\n- **")
                        .append(f.severity().id())
                        .append("** `")
                        .append(f.path())
                        .append(f.line()
                                .map(line -> ":" + f.firstLine().orElse(line))
                                .orElse(""))
                        .append("` ")
                        .append(oneLine(f.title()))
                        .append(' ')
                        .append(Markers.finding(f.fingerprint()));
            }
        }
        return text.toString();
    }

    private static StringBuilder heading(Finding f) {
        StringBuilder text = new StringBuilder("**")
                .append(f.severity().id())
                .append("** · ")
                .append(oneLine(f.category()))
                .append("\n\n**")
                .append(oneLine(f.title()))
                .append("**\n\n");
        if (!f.body().isBlank()) {
            text.append(f.body().strip()).append("\n\n");
        }
        return text;
    }

    private static String lines(Finding f) {
        int last = f.line().orElseThrow();
        int first = f.firstLine().orElse(last);
        String side = f.side() == Side.LEFT ? " of the old file" : "";
        return (first == last ? "line " + last : "lines " + first + "-" + last) + side;
    }

    private static String plainBlock(String code) {
        String fence = "`".repeat(Math.max(3, SuggestionBlock.github(code).indexOf("suggestion")));
        return fence + "\n" + (code.endsWith("\n") ? code : code + "\n") + fence;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
