package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One {@code @@ -oldStart,oldCount +newStart,newCount @@ section} block. The numbers are those of the header: when
 * a side is empty its start is the line before the hunk (0 at the top of the file), as in git.
 *
 * @param section the text after the closing {@code @@} (git's function context), empty when there is none
 */
public record Hunk(int oldStart, int oldCount, int newStart, int newCount, String section, List<HunkLine> lines) {

    public Hunk {
        requireNonNull(section, "section");
        lines = List.copyOf(requireNonNull(lines, "lines"));
        if (oldStart < 0 || oldCount < 0 || newStart < 0 || newCount < 0) {
            throw new IllegalArgumentException(
                    "hunk numbers must be >= 0: " + header(oldStart, oldCount, newStart, newCount));
        }
        int old = 0;
        int neu = 0;
        for (HunkLine line : lines) {
            old += line.onOldSide() ? 1 : 0;
            neu += line.onNewSide() ? 1 : 0;
        }
        if (old != oldCount || neu != newCount) {
            throw new IllegalArgumentException(
                    header(oldStart, oldCount, newStart, newCount) + " has " + old + " old and " + neu + " new lines");
        }
    }

    /** The header line without the section, e.g. {@code @@ -1,3 +1,4 @@}. */
    public String header() {
        return header(oldStart, oldCount, newStart, newCount);
    }

    private static String header(int oldStart, int oldCount, int newStart, int newCount) {
        return "@@ -" + oldStart + "," + oldCount + " +" + newStart + "," + newCount + " @@";
    }
}
