package dev.gooseci.report;

import static java.util.Objects.requireNonNull;

import dev.gooseci.diff.NotReviewed;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The result of a review, which every report format writes: the findings, the files that were not reviewed and why,
 * the run's facts, the notes a reader must see (units that stopped early, suspected prompt injections, dropped
 * findings) and the quality gate.
 *
 * <p>Findings are kept in one order, so that every file a run writes is the same for the same findings: by path, then
 * file-level findings before line findings by first line, then most severe first, then fingerprint.
 */
public record ReviewReport(
        List<Finding> findings,
        List<NotReviewed> notReviewed,
        ReviewRun run,
        QualityGate gate,
        List<ReviewNote> notes) {

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparing(f -> f.firstLine().orElse(0))
            .thenComparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::fingerprint);

    public ReviewReport {
        findings = findings.stream().sorted(ORDER).toList();
        notReviewed = List.copyOf(notReviewed);
        requireNonNull(run, "run");
        requireNonNull(gate, "gate");
        notes = List.copyOf(notes);
    }

    /** A report without notes. */
    public ReviewReport(List<Finding> findings, List<NotReviewed> notReviewed, ReviewRun run, QualityGate gate) {
        this(findings, notReviewed, run, gate, List.of());
    }

    /** How many findings each severity has, every severity present, from {@code info} to {@code blocker}. */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    public boolean gatePassed() {
        return gate.passes(findings);
    }

    /**
     * This report with {@code redactor} applied to every finding's title, body and suggestion, to the reasons' details
     * and to the notes.
     */
    public ReviewReport redacted(UnaryOperator<String> redactor) {
        requireNonNull(redactor, "redactor");
        return new ReviewReport(
                findings.stream().map(f -> f.withText(redactor)).toList(),
                notReviewed.stream().map(n -> n.withDetail(redactor)).toList(),
                run,
                gate,
                notes.stream().map(n -> n.withText(redactor)).toList());
    }
}
