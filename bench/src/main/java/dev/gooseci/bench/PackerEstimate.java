package dev.gooseci.bench;

import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.DiffPacker;
import dev.gooseci.diff.FileChange;
import dev.gooseci.diff.FileFilter;
import dev.gooseci.diff.GitChangeSource;
import dev.gooseci.diff.ReviewUnit;
import dev.gooseci.diff.ScopeRules;
import dev.gooseci.diff.TokenSampling;
import dev.gooseci.diff.UnifiedDiffParser;
import dev.gooseci.diff.UnitRenderer;
import dev.gooseci.provider.TokenEstimator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The packer's token estimates against jtokkit's exact count of the same rendered units, for cl100k_base and
 * o200k_base, over (1) every single-parent commit of a repository's recent history (default: this project's) and (2)
 * generated Java-like code. The packer is forced onto its sampled-ratio path (no exact limit, and a sample of about a
 * twentieth of the text), since below 2 MiB of text it counts every hunk exactly and the error would be zero. The
 * history is packed as one change of all its commits' files, so that the sample is a real subset.
 */
final class PackerEstimate {

    private PackerEstimate() {}

    static void run(Path repo, int commits) {
        List<FileChange> files = new ArrayList<>();
        history(repo, commits).forEach(change -> files.addAll(change.files()));
        ChangeSet merged = ChangeSet.empty("", "").withFiles(files);
        report("this repository, the files of its last " + commits + " single-parent commits", merged, 64 << 10);
        report("generated Java, 100k changed lines", UnifiedDiffParser.parse(DiffText.generate(100_000)), 512 << 10);
    }

    private static void report(String corpus, ChangeSet change, int sampleChars) {
        System.out.printf("%s, ratio sampled on about %d KiB:%n", corpus, sampleChars >> 10);
        for (String model : List.of("gpt-4o", "claude-sonnet-4")) {
            TokenEstimator estimator = TokenEstimator.forModel(model);
            DiffPacker packer = DiffPacker.forModel(
                    new FileFilter(ScopeRules.defaults()),
                    estimator,
                    DiffPacker.DEFAULT_BUDGET,
                    new TokenSampling(0, sampleChars));
            long exact = 0;
            long estimated = 0;
            long chars = 0;
            int units = 0;
            List<Double> errors = new ArrayList<>();
            for (ReviewUnit unit : packer.pack(change).units()) {
                String text = UnitRenderer.render(unit);
                int e = estimator.count(text);
                units++;
                chars += text.length();
                exact += e;
                estimated += unit.tokens();
                if (e >= 1000) {
                    errors.add(100.0 * Math.abs(unit.tokens() - e) / e);
                }
            }
            Collections.sort(errors);
            System.out.printf(
                    "  %-11s %d units, %.1f MiB, exact %,d tokens (%.2f chars/token), estimate %,d: total error %+.1f%%;"
                            + " per unit of >= 1000 tokens (%d): median %.1f%%, p90 %.1f%%, max %.1f%%%n",
                    estimator.encodingName(),
                    units,
                    chars / 1048576.0,
                    exact,
                    (double) chars / exact,
                    estimated,
                    100.0 * (estimated - exact) / exact,
                    errors.size(),
                    percentile(errors, 0.5),
                    percentile(errors, 0.9),
                    percentile(errors, 1.0));
        }
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }

    /** The change of each of the last {@code commits} single-parent commits from HEAD. */
    private static List<ChangeSet> history(Path dir, int commits) {
        List<ChangeSet> changes = new ArrayList<>();
        try (Repository repo = new FileRepositoryBuilder()
                        .findGitDir(dir.toAbsolutePath().toFile())
                        .setMustExist(true)
                        .build();
                RevWalk walk = new RevWalk(repo);
                GitChangeSource source = GitChangeSource.open(dir)) {
            walk.markStart(walk.parseCommit(repo.resolve("HEAD")));
            for (RevCommit commit : walk) {
                if (changes.size() >= commits) {
                    break;
                }
                if (commit.getParentCount() == 1) {
                    changes.add(source.diff(commit.getParent(0).name(), commit.name()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk the history of " + dir + ": " + e.getMessage(), e);
        }
        return changes;
    }
}
