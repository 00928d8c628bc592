package dev.gooseci.bench;

import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.DiffIndex;
import dev.gooseci.diff.DiffPacker;
import dev.gooseci.diff.FileChange;
import dev.gooseci.diff.FileFilter;
import dev.gooseci.diff.Packing;
import dev.gooseci.diff.ScopeRules;
import dev.gooseci.diff.UnifiedDiffParser;
import dev.gooseci.provider.TokenEstimator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Diff benchmarks. {@code parse N}: generate {@code git diff} text with N changed lines, then parse it with {@link
 * UnifiedDiffParser} and build a {@link DiffIndex}; reports the first (cold) run, the median of 5 warm runs, the
 * peak heap during a run and the heap the model keeps. Run each size in its own JVM with {@code -Xmx512m} (see
 * {@code bench/diff.sh}) so that "cold" means a fresh JVM. {@code estimate [repo] [commits]}: the packer's token
 * estimates against the tokenizer's exact count, see {@link PackerEstimate}.
 */
public final class DiffBench {

    private static final int WARM_RUNS = 5;

    private DiffBench() {}

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "parse";
        if (which.equals("parse")) {
            parse(args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000);
        } else if (which.equals("pack")) {
            pack(args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000);
        } else if (which.equals("estimate")) {
            PackerEstimate.run(
                    Path.of(args.length > 1 ? args[1] : "."), args.length > 2 ? Integer.parseInt(args[2]) : 200);
        } else {
            throw new IllegalArgumentException(
                    "usage: DiffBench parse|pack <changed-lines> | estimate [repo] [commits]");
        }
    }

    static void parse(int changedLines) {
        byte[] diff = DiffText.generate(changedLines);
        List<Double> warm = new ArrayList<>();
        double cold = 0;
        long peak = 0;
        ChangeSet kept = null;
        DiffIndex index = null;
        for (int run = 0; run <= WARM_RUNS; run++) {
            kept = null;
            index = null;
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            kept = UnifiedDiffParser.parse(diff);
            index = DiffIndex.of(kept);
            double ms = (System.nanoTime() - start) / 1e6;
            peak = Math.max(peak, peakHeap());
            if (run == 0) {
                cold = ms;
            } else {
                warm.add(ms);
            }
        }
        System.gc();
        long live = used();
        Collections.sort(warm);
        long lines = 0;
        for (FileChange file : kept.files()) {
            lines += file.hunks().stream().mapToLong(h -> h.lines().size()).sum();
        }
        System.out.printf(
                "parse+index %,9d changed lines (%,d files, %,d hunk lines, %.1f MiB of text): cold %6.0f ms,"
                        + " warm median %6.0f ms (%.0f ns/changed line), peak heap %5.1f MiB, live after %5.1f MiB,"
                        + " max heap %.0f MiB, index answers %s%n",
                changedLines,
                kept.files().size(),
                lines,
                diff.length / 1048576.0,
                cold,
                warm.get(warm.size() / 2),
                warm.get(warm.size() / 2) * 1e6 / changedLines,
                peak / 1048576.0,
                live / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0,
                index.canComment(kept.files().get(0).newPath(), 4, dev.gooseci.diff.Side.RIGHT));
    }

    /** Filter, size (exact below 2 MiB of text, sampled above) and pack a parsed change; cold run and warm median. */
    static void pack(int changedLines) {
        ChangeSet change = UnifiedDiffParser.parse(DiffText.generate(changedLines));
        DiffPacker packer = DiffPacker.forModel(
                new FileFilter(ScopeRules.defaults()), TokenEstimator.forModel("gpt-4o"), DiffPacker.DEFAULT_BUDGET);
        List<Double> warm = new ArrayList<>();
        double cold = 0;
        Packing packing = null;
        for (int run = 0; run <= WARM_RUNS; run++) {
            long start = System.nanoTime();
            packing = packer.pack(change);
            double ms = (System.nanoTime() - start) / 1e6;
            if (run == 0) {
                cold = ms;
            } else {
                warm.add(ms);
            }
        }
        Collections.sort(warm);
        System.out.printf(
                "pack %,9d changed lines (%,d files): %,d units, %,d estimated tokens; cold %6.0f ms (includes loading"
                        + " the o200k encoding), warm median %6.0f ms%n",
                changedLines,
                change.files().size(),
                packing.units().size(),
                packing.tokens(),
                cold,
                warm.get(warm.size() / 2));
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks: an upper bound, since the pools need not peak at the same moment. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long used() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
