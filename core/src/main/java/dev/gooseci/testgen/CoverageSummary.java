package dev.gooseci.testgen;

/** Coverage of the changed lines in numbers, before or after the kept tests. */
public record CoverageSummary(int coveredLines, int totalLines, int coveredBranches, int totalBranches) {

    public static CoverageSummary of(CoverageSnapshot snapshot) {
        return new CoverageSummary(
                snapshot.coveredLines(), snapshot.totalLines(), snapshot.coveredBranches(), snapshot.totalBranches());
    }

    /** {@code 3/7 lines, 1/4 branches}. */
    public String text() {
        return coveredLines + "/" + totalLines + " lines, " + coveredBranches + "/" + totalBranches + " branches";
    }
}
