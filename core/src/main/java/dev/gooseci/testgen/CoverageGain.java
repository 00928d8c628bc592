package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a test covers of the changed lines that the baseline did not: a set difference, never a percentage.
 *
 * @param lines changed lines that now run and did not before
 * @param branches per changed line, how many more of its branches now run
 */
public record CoverageGain(List<SourceLine> lines, SortedMap<SourceLine, Integer> branches) {
    public CoverageGain {
        lines = List.copyOf(requireNonNull(lines, "lines"));
        branches = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(requireNonNull(branches, "branches")));
    }

    public static CoverageGain none() {
        return new CoverageGain(List.of(), new TreeMap<>());
    }

    public boolean isEmpty() {
        return lines.isEmpty() && branches.isEmpty();
    }

    public int branchCount() {
        return branches.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** For the rationale: {@code lines Pricing.java:8, 9; branches Pricing.java:7 (+1)}. */
    public String describe() {
        if (isEmpty()) {
            return "nothing new";
        }
        StringBuilder text = new StringBuilder();
        if (!lines.isEmpty()) {
            text.append("lines ")
                    .append(lines.stream().map(SourceLine::toString).collect(Collectors.joining(", ")));
        }
        if (!branches.isEmpty()) {
            text.append(text.length() > 0 ? "; " : "").append("branches ");
            text.append(branches.entrySet().stream()
                    .map(e -> e.getKey() + " (+" + e.getValue() + ")")
                    .collect(Collectors.joining(", ")));
        }
        return text.toString();
    }
}
