package dev.gooseci.testgen;

/**
 * Coverage of one line: whether any of its instructions ran, and how many of its branches did.
 *
 * @param coveredBranches of {@code totalBranches}; both 0 on a line without a decision
 */
public record LineStatus(boolean covered, int coveredBranches, int totalBranches) {
    public LineStatus {
        if (coveredBranches < 0 || coveredBranches > totalBranches) {
            throw new IllegalArgumentException(
                    "covered branches must be between 0 and " + totalBranches + ", was " + coveredBranches);
        }
    }
}
