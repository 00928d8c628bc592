package dev.gooseci.testgen;

import java.util.List;

/** How many candidate methods reached each stage: proposed, then one count per gate passed. */
public record Funnel(int proposed, int compiled, int passed, int stable, int newCoverage, int kept) {

    public static Funnel of(List<Verdict> verdicts) {
        return new Funnel(
                verdicts.size(),
                count(verdicts, Gate.COMPILES),
                count(verdicts, Gate.PASSES_ALONE),
                count(verdicts, Gate.STABLE),
                count(verdicts, Gate.NEW_COVERAGE),
                (int) verdicts.stream().filter(Verdict::isKept).count());
    }

    private static int count(List<Verdict> verdicts, Gate gate) {
        return (int) verdicts.stream().filter(v -> v.passed(gate)).count();
    }

    /** {@code proposed 7 -> compiled 6 -> ... -> kept 2}, for logs and commit messages. */
    public String line() {
        return "proposed " + proposed + " -> compiled " + compiled + " -> passed " + passed + " -> stable " + stable
                + " -> new coverage " + newCoverage + " -> kept " + kept;
    }
}
