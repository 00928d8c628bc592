package dev.gooseci.testgen;

/**
 * The title and description of a follow-up pull or merge request that proposes kept tests to a change request, the
 * same on every platform but for how the platform writes a reference ({@code #7} on GitHub, {@code !11} on GitLab).
 */
public final class FollowUpText {
    private FollowUpText() {}

    /** @param reference the change request as its platform links it, such as {@code #7} or {@code !11} */
    public static String title(String reference) {
        return "Goose CI: unit tests for " + reference;
    }

    /**
     * @param reference the change request as its platform links it
     * @param branch its source branch, which the follow-up goes into
     * @param headSha the commit the tests were generated for
     * @param funnel the run's report ({@link FunnelMarkdown}), already redacted by the host
     */
    public static String body(String reference, String branch, String headSha, String funnel) {
        return "Unit tests for " + reference + " (" + branch + " at " + headSha
                + "), proven good by Goose CI. Merge this" + " into " + branch + ".\n\n" + funnel;
    }
}
