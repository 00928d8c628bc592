package dev.gooseci.diff;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;

/**
 * Turns JGit's edit list of one file into hunks with {@code context} lines around each edit, merging edits whose
 * contexts touch, the way {@code git diff} (and JGit's formatter) groups them, so both sources give equal hunks.
 */
final class EditHunks {

    private final RawText a;
    private final RawText b;
    private final int context;
    private String invalid = "";

    EditHunks(RawText a, RawText b, int context) {
        this.a = a;
        this.b = b;
        this.context = context;
    }

    /** Why the lines are unusable (the first one that is not valid UTF-8), or empty; set by {@link #hunks}. */
    String invalidReason() {
        return invalid;
    }

    List<Hunk> hunks(EditList edits) {
        List<Hunk> hunks = new ArrayList<>();
        int i = 0;
        while (i < edits.size()) {
            int j = i;
            while (j + 1 < edits.size() && touches(edits.get(j), edits.get(j + 1))) {
                j++;
            }
            int aCur = Math.max(0, edits.get(i).getBeginA() - context);
            int bCur = Math.max(0, edits.get(i).getBeginB() - context);
            int aEnd = Math.min(a.size(), edits.get(j).getEndA() + context);
            int bEnd = Math.min(b.size(), edits.get(j).getEndB() + context);
            int oldCount = aEnd - aCur;
            int newCount = bEnd - bCur;
            List<HunkLine> lines = new ArrayList<>(oldCount + newCount);
            for (int k = i; k <= j; k++) {
                Edit edit = edits.get(k);
                while (aCur < edit.getBeginA()) {
                    lines.add(line(HunkLine.context(aCur + 1, bCur + 1, text(b, bCur, "new")), a, aCur));
                    aCur++;
                    bCur++;
                }
                while (aCur < edit.getEndA()) {
                    lines.add(line(HunkLine.removed(aCur + 1, text(a, aCur, "old")), a, aCur));
                    aCur++;
                }
                while (bCur < edit.getEndB()) {
                    lines.add(line(HunkLine.added(bCur + 1, text(b, bCur, "new")), b, bCur));
                    bCur++;
                }
            }
            while (aCur < aEnd) {
                lines.add(line(HunkLine.context(aCur + 1, bCur + 1, text(b, bCur, "new")), a, aCur));
                aCur++;
                bCur++;
            }
            int oldStart = aEnd - oldCount + (oldCount == 0 ? 0 : 1);
            int newStart = bEnd - newCount + (newCount == 0 ? 0 : 1);
            hunks.add(new Hunk(oldStart, oldCount, newStart, newCount, "", lines));
            i = j + 1;
        }
        return hunks;
    }

    private boolean touches(Edit current, Edit next) {
        return next.getBeginA() - current.getEndA() <= 2 * context
                || next.getBeginB() - current.getEndB() <= 2 * context;
    }

    private static HunkLine line(HunkLine line, RawText text, int index) {
        return index == text.size() - 1 && text.isMissingNewlineAtEnd() ? line.withoutNewlineAtEnd() : line;
    }

    private String text(RawText text, int index, String side) {
        if (!invalid.isEmpty()) {
            return "";
        }
        ByteBuffer raw = text.getRawString(index);
        int from = raw.arrayOffset() + raw.position();
        int to = from + raw.remaining();
        if (to > from && raw.array()[to - 1] == '\n') {
            to--;
        }
        if (!Utf8.isValid(raw.array(), from, to)) {
            invalid = "not valid UTF-8 (first at " + side + " line " + (index + 1) + ")";
            return "";
        }
        return new String(raw.array(), from, to - from, StandardCharsets.UTF_8);
    }
}
