package dev.gooseci.provider.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.gooseci.provider.Json;

/** Short renderings of JSON values for error messages. */
final class Values {
    /** Longer renderings are cut; a mismatch message has to fit on a CI log line. */
    static final int MAX = 80;

    private static final int BEFORE = 20;

    private Values() {}

    static String abbreviate(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return cut(Json.write(node), 0);
    }

    /**
     * Both values rendered around the first character where they differ, so that a difference deep inside a long
     * text is visible in the message.
     */
    static String[] contrast(JsonNode recorded, JsonNode got) {
        if (recorded == null || got == null || recorded.isMissingNode() || got.isMissingNode()) {
            return new String[] {abbreviate(recorded), abbreviate(got)};
        }
        String left = Json.write(recorded);
        String right = Json.write(got);
        if (left.length() <= MAX && right.length() <= MAX) {
            return new String[] {left, right};
        }
        int at = 0;
        while (at < left.length() && at < right.length() && left.charAt(at) == right.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - BEFORE);
        return new String[] {cut(left, from), cut(right, from)};
    }

    static String quoted(String text) {
        return abbreviate(TextNode.valueOf(text));
    }

    private static String cut(String text, int from) {
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        String head = from > 0 ? "…" + text.substring(from) : text;
        if (head.length() <= MAX) {
            return head;
        }
        int end = MAX - 1;
        if (Character.isHighSurrogate(head.charAt(end - 1))) {
            end--;
        }
        return head.substring(0, end) + "…";
    }

    /** {@code 1st}, {@code 2nd}, {@code 3rd}, {@code 4th}, {@code 11th}, {@code 21st}. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        switch (n % 10) {
            case 1:
                return n + "st";
            case 2:
                return n + "nd";
            case 3:
                return n + "rd";
            default:
                return n + "th";
        }
    }
}
