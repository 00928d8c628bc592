package dev.gooseci.scm;

/**
 * A suggested change as Markdown. The fence is one backtick longer than the longest run of backticks in the code,
 * so code that contains fences cannot close it early.
 */
public final class SuggestionBlock {
    private SuggestionBlock() {}

    /** GitHub's form: {@code ```suggestion}, replacing the commented lines. */
    public static String github(String replacement) {
        return block("suggestion", replacement);
    }

    /**
     * GitLab's form: {@code ```suggestion:-A+B} replaces {@code A} lines above and {@code B} below the commented one.
     */
    public static String gitlab(String replacement, int linesAbove, int linesBelow) {
        if (linesAbove < 0 || linesBelow < 0) {
            throw new IllegalArgumentException("suggestion offsets cannot be negative");
        }
        return block("suggestion:-" + linesAbove + "+" + linesBelow, replacement);
    }

    private static String block(String info, String replacement) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(replacement) + 1));
        String body = replacement.endsWith("\n") ? replacement : replacement + "\n";
        return fence + info + "\n" + body + fence;
    }

    static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
