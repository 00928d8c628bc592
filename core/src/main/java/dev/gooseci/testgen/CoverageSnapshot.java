package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The coverage of the changed lines that have code, from one or more JaCoCo execution data files. */
public record CoverageSnapshot(SortedMap<SourceLine, LineStatus> lines) {
    public CoverageSnapshot {
        lines = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(requireNonNull(lines, "lines")));
    }

    public int coveredLines() {
        return (int) lines.values().stream().filter(LineStatus::covered).count();
    }

    public int totalLines() {
        return lines.size();
    }

    public int coveredBranches() {
        return lines.values().stream().mapToInt(LineStatus::coveredBranches).sum();
    }

    public int totalBranches() {
        return lines.values().stream().mapToInt(LineStatus::totalBranches).sum();
    }

    /**
     * What this snapshot covers beyond {@code baseline}. This snapshot must be measured on the baseline's execution
     * data merged with the candidate's (JaCoCo ORs the probes), so a branch count that grew means branches that
     * nothing covered before, not the same branches counted again.
     */
    public CoverageGain gainOver(CoverageSnapshot baseline) {
        List<SourceLine> newLines = new ArrayList<>();
        SortedMap<SourceLine, Integer> newBranches = new TreeMap<>();
        for (Map.Entry<SourceLine, LineStatus> entry : lines.entrySet()) {
            LineStatus now = entry.getValue();
            LineStatus before = baseline.lines.getOrDefault(entry.getKey(), new LineStatus(false, 0, 0));
            if (now.covered() && !before.covered()) {
                newLines.add(entry.getKey());
            }
            if (now.coveredBranches() > before.coveredBranches()) {
                newBranches.put(entry.getKey(), now.coveredBranches() - before.coveredBranches());
            }
        }
        return new CoverageGain(newLines, newBranches);
    }
}
