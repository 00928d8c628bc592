package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Packs a change into review units under a token budget, after {@link FileFilter} has left out what is not reviewed.
 *
 * <p>Priority order, which is also unit order: {@link FileKind source, then tests, then config, then docs}; within a
 * kind, larger files first (by estimated tokens), then by path. Larger first because it is first-fit-decreasing bin
 * packing, which wastes the least budget and so makes the fewest model calls, and because when a run is cut short (a
 * cost limit) the most changed code has been read. Each file goes into the first unit that still has room, so small
 * files fill the gaps that large ones leave, and unit 1 always holds the top file.
 *
 * <p>A file over the budget is split at hunk boundaries into parts that each fit; a single hunk over the budget is a
 * part, and a unit, of its own, flagged {@link ReviewUnit#overBudget()}. A hunk is never cut. Nothing depends on
 * hash order, the clock or the machine: the same change and settings give the same units everywhere, which {@link
 * Packing#shard(int, int)} relies on.
 */
public final class DiffPacker {

    /** Tokens per unit by default: room for the diff in a 32k window next to the rubric, tools and the reply. */
    public static final int DEFAULT_BUDGET = 24_000;

    private final FileFilter filter;
    private final TokenCounter counter;
    private final int budget;

    public DiffPacker(FileFilter filter, TokenCounter counter, int budget) {
        this.filter = requireNonNull(filter, "filter");
        this.counter = requireNonNull(counter, "counter");
        if (budget < 1) {
            throw new IllegalArgumentException("the token budget per unit must be >= 1, got " + budget);
        }
        this.budget = budget;
    }

    /** The default scope rules and budget, with approximate token counts. */
    public static DiffPacker withDefaults() {
        return new DiffPacker(new FileFilter(ScopeRules.defaults()), TokenCounter.approximate(), DEFAULT_BUDGET);
    }

    /** The units to review and the files left out. */
    public Packing pack(ChangeSet change) {
        ReviewScope scope = filter.scope(requireNonNull(change, "change"));
        List<Sized> files = new ArrayList<>();
        for (FileChange file : scope.reviewed()) {
            files.add(size(file));
        }
        files.sort(Comparator.comparing((Sized s) -> s.kind)
                .thenComparing(s -> -s.tokens)
                .thenComparing(s -> s.file.path())
                .thenComparing(s -> s.file.oldPath()));
        List<Bin> bins = new ArrayList<>();
        for (Sized file : files) {
            for (Piece piece : split(file)) {
                place(bins, piece);
            }
        }
        List<ReviewUnit> units = new ArrayList<>();
        for (Bin bin : bins) {
            units.add(new ReviewUnit(units.size() + 1, bin.parts, bin.tokens, bin.overBudget));
        }
        return new Packing(units, scope.notReviewed(), budget);
    }

    private Sized size(FileChange file) {
        int header = counter.count(UnitRenderer.header(file, 1, 1));
        int[] hunks = new int[file.hunks().size()];
        long total = header;
        for (int i = 0; i < hunks.length; i++) {
            hunks[i] = counter.count(UnitRenderer.hunk(file.hunks().get(i)));
            total += hunks[i];
        }
        return new Sized(file, FileKind.of(file.path()), header, hunks, (int) Math.min(total, Integer.MAX_VALUE));
    }

    /** The file whole when it fits, else consecutive runs of hunks that each fit (or one hunk that alone does not). */
    private List<Piece> split(Sized file) {
        if (file.tokens <= budget) {
            return List.of(new Piece(file, 0, file.hunks.length, file.tokens, false));
        }
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        int tokens = file.header;
        for (int i = 0; i < file.hunks.length; i++) {
            if (file.header + file.hunks[i] > budget) {
                if (i > from) {
                    pieces.add(new Piece(file, from, i, tokens, false));
                }
                pieces.add(new Piece(file, i, i + 1, file.header + file.hunks[i], true));
                from = i + 1;
                tokens = file.header;
            } else if (tokens + file.hunks[i] > budget) {
                pieces.add(new Piece(file, from, i, tokens, false));
                from = i;
                tokens = file.header + file.hunks[i];
            } else {
                tokens += file.hunks[i];
            }
        }
        if (from < file.hunks.length) {
            pieces.add(new Piece(file, from, file.hunks.length, tokens, false));
        }
        List<Piece> numbered = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            numbered.add(pieces.get(p).numbered(p + 1, pieces.size()));
        }
        return numbered;
    }

    /** First fit: the first unit with room, else a new one; an over-budget piece gets a closed unit of its own. */
    private void place(List<Bin> bins, Piece piece) {
        if (!piece.overBudget) {
            for (Bin bin : bins) {
                if (!bin.overBudget && bin.tokens + piece.tokens <= budget) {
                    bin.add(piece);
                    return;
                }
            }
        }
        Bin bin = new Bin(piece.overBudget);
        bin.add(piece);
        bins.add(bin);
    }

    /** A reviewed file with its estimated tokens: the header's, each hunk's, and the total. */
    private record Sized(FileChange file, FileKind kind, int header, int[] hunks, int tokens) {}

    /** Hunks {@code [from, to)} of a file, as part {@code part} of {@code parts}. */
    private record Piece(Sized file, int from, int to, int tokens, boolean overBudget, int part, int parts) {
        Piece(Sized file, int from, int to, int tokens, boolean overBudget) {
            this(file, from, to, tokens, overBudget, 1, 1);
        }

        Piece numbered(int number, int count) {
            return new Piece(file, from, to, tokens, overBudget, number, count);
        }

        FilePart toPart() {
            FileChange whole = file.file();
            FileChange hunks = from == 0 && to == whole.hunks().size()
                    ? whole
                    : new FileChange(
                            whole.oldPath(),
                            whole.newPath(),
                            whole.type(),
                            whole.oldMode(),
                            whole.newMode(),
                            whole.binary(),
                            whole.submodule(),
                            whole.skipReason(),
                            whole.hunks().subList(from, to));
            return new FilePart(hunks, file.kind(), part, parts, tokens);
        }
    }

    /** A unit being filled. */
    private static final class Bin {
        final List<FilePart> parts = new ArrayList<>();
        final boolean overBudget;
        int tokens;

        Bin(boolean overBudget) {
            this.overBudget = overBudget;
        }

        void add(Piece piece) {
            parts.add(piece.toPart());
            tokens += piece.tokens();
        }
    }
}
