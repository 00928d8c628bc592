package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

/**
 * A line of a production source file, named by its path under the source root ({@code com/x/A.java}), the way
 * JaCoCo names source files, so that diff lines and coverage lines meet.
 */
public record SourceLine(String source, int line) implements Comparable<SourceLine> {
    public SourceLine {
        requireNonNull(source, "source");
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1, got " + line + " in " + source);
        }
    }

    @Override
    public int compareTo(SourceLine other) {
        int bySource = source.compareTo(other.source);
        return bySource != 0 ? bySource : Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return source + ":" + line;
    }
}
