package dev.gooseci.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One file's hunks on one side, as sorted line ranges, with each range's lines in order: O(log hunks) per question.
 * Every line inside a hunk's range on a side is commentable on that side, because every new-file line of a hunk is an
 * added or context line (and every old-file line a removed or context line).
 */
final class FileIndex {

    private final int[] firsts;
    private final int[] lasts;
    private final HunkLine[][] lines;

    private FileIndex(int[] firsts, int[] lasts, HunkLine[][] lines) {
        this.firsts = firsts;
        this.lasts = lasts;
        this.lines = lines;
    }

    static FileIndex of(List<Hunk> hunks, Side side) {
        List<HunkLine[]> ranges = new ArrayList<>(hunks.size());
        for (Hunk hunk : hunks) {
            int count = side == Side.RIGHT ? hunk.newCount() : hunk.oldCount();
            if (count == 0) {
                continue;
            }
            HunkLine[] onSide = new HunkLine[count];
            int i = 0;
            for (HunkLine line : hunk.lines()) {
                if (side == Side.RIGHT ? line.onNewSide() : line.onOldSide()) {
                    onSide[i++] = line;
                }
            }
            ranges.add(onSide);
        }
        ranges.sort((a, b) -> Integer.compare(number(a[0], side), number(b[0], side)));
        int[] firsts = new int[ranges.size()];
        int[] lasts = new int[ranges.size()];
        for (int i = 0; i < firsts.length; i++) {
            HunkLine[] range = ranges.get(i);
            firsts[i] = number(range[0], side);
            lasts[i] = number(range[range.length - 1], side);
        }
        return new FileIndex(firsts, lasts, ranges.toArray(new HunkLine[0][]));
    }

    Optional<HunkLine> lineAt(int line) {
        int h = hunkAtOrBefore(line);
        if (h < 0 || line > lasts[h]) {
            return Optional.empty();
        }
        return Optional.of(lines[h][line - firsts[h]]);
    }

    OptionalInt nearest(int line, int maxDistance) {
        int before = hunkAtOrBefore(line);
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        if (before >= 0) {
            best = Math.min(line, lasts[before]);
            bestDistance = line - best;
        }
        if (before + 1 < firsts.length && firsts[before + 1] - line < bestDistance) {
            best = firsts[before + 1];
            bestDistance = best - line;
        }
        return best >= 0 && bestDistance <= maxDistance ? OptionalInt.of(best) : OptionalInt.empty();
    }

    /** Index of the last hunk starting at or before {@code line}, or -1. */
    private int hunkAtOrBefore(int line) {
        int lo = 0;
        int hi = firsts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (firsts[mid] <= line) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static int number(HunkLine line, Side side) {
        return side == Side.RIGHT ? line.newLine() : line.oldLine();
    }
}
