package dev.gooseci.review;

import static java.util.Objects.requireNonNull;

import dev.gooseci.agent.AgentResult;
import dev.gooseci.agent.StopReason;
import dev.gooseci.diff.ReviewUnit;
import dev.gooseci.provider.Usage;
import dev.gooseci.report.ReviewNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one unit's review went.
 *
 * @param stopReason why its run ended; empty when it never started (the review's cost limit was already spent)
 * @param findings what the model reported, before validation; kept from a run that stopped early too, whenever it
 *     returned a final output
 * @param notes suspected prompt injections in its diff, and why it is incomplete when it is
 */
public record UnitOutcome(
        ReviewUnit unit,
        Optional<StopReason> stopReason,
        Usage usage,
        List<RawFinding> findings,
        List<ReviewNote> notes) {

    public UnitOutcome {
        requireNonNull(unit, "unit");
        requireNonNull(stopReason, "stopReason");
        requireNonNull(usage, "usage");
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    /** The outcome of a finished run: its findings when it has a final output, and a note when it stopped early. */
    static UnitOutcome of(ReviewUnit unit, AgentResult result, List<ReviewNote> injections) {
        List<RawFinding> findings =
                result.finalOutput().map(FindingSchema::parse).orElse(List.of());
        List<ReviewNote> notes = new ArrayList<>(injections);
        if (!result.completed()) {
            String kept = result.finalOutput().isPresent()
                    ? "; its " + findings.size() + " findings are kept"
                    : "; no findings were returned";
            notes.add(incomplete(unit, result.stopReason().describe() + kept));
        }
        return new UnitOutcome(unit, Optional.of(result.stopReason()), result.usage(), findings, notes);
    }

    /** A unit that was not started, with why. */
    static UnitOutcome skipped(ReviewUnit unit, String why) {
        return new UnitOutcome(unit, Optional.empty(), Usage.ZERO, List.of(), List.of(incomplete(unit, why)));
    }

    /** Whether the unit's review ran to its end. */
    public boolean completed() {
        return stopReason.filter(r -> r instanceof StopReason.Completed).isPresent();
    }

    /** Why the unit stopped, as a sentence: {@code completed}, a budget, a failure, or {@code not started}. */
    public String describe() {
        return stopReason.map(StopReason::describe).orElse("not started");
    }

    private static ReviewNote incomplete(ReviewUnit unit, String why) {
        return new ReviewNote(
                ReviewNote.Kind.INCOMPLETE_UNIT,
                "unit " + unit.number(),
                why + " (files: " + String.join(", ", unit.paths()) + ")");
    }
}
