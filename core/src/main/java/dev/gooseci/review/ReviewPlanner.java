package dev.gooseci.review;

import static java.util.Objects.requireNonNull;

import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.DiffPacker;
import dev.gooseci.diff.FileFilter;
import dev.gooseci.diff.GitChangeSource;
import dev.gooseci.diff.Packing;
import dev.gooseci.diff.ReviewUnit;
import dev.gooseci.diff.ScopeRules;
import dev.gooseci.provider.TokenEstimator;
import dev.gooseci.recipe.Hints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link ReviewPlan} from git: the change ({@link GitChangeSource}, whose errors say how to fix a missing
 * base or a shallow clone), the repository's {@code .gooseignore}, hints and checks (from the base commit on a fork),
 * and the packing. Calls no model.
 */
public final class ReviewPlanner {
    private ReviewPlanner() {}

    public static ReviewPlan plan(ReviewOptions options) {
        requireNonNull(options, "options");
        Path workspace = options.workspace().toAbsolutePath().normalize();
        ChangeSet change;
        try (GitChangeSource source = GitChangeSource.open(workspace)) {
            String base = options.base().orElseGet(source::defaultBase);
            change = options.workingTree() ? source.diffWorkingTree(base) : source.diff(base, options.head());
        }
        Path root = gitRoot(workspace);
        RepoFiles files = options.fork() ? new CommitFiles(root, change.baseSha()) : new WorkingTreeFiles(root);
        ScopeRules rules = files.read(ScopeRules.GOOSEIGNORE)
                .map(text -> ScopeRules.defaults().withIgnoreRules(text.lines().toList()))
                .orElse(ScopeRules.defaults());
        // The review's model is chosen later; o200k (current OpenAI models) is within a few per cent of the others'
        // tokenizers, which is what a budget needs.
        Packing packing = DiffPacker.forModel(
                        new FileFilter(rules), TokenEstimator.forModel("gpt-4o"), options.tokenBudget())
                .pack(change);
        List<ReviewUnit> units =
                options.shard().map(s -> packing.shard(s.k(), s.n())).orElse(packing.units());
        Hints hints = new Hints(
                path -> path.startsWith(root)
                        ? files.read(root.relativize(path).toString().replace('\\', '/'))
                        : Optional.empty(),
                Hints.DEFAULT_CAP_BYTES);
        return new ReviewPlan(
                root,
                change,
                packing,
                units,
                options.shard(),
                hints.collect(workspace),
                CheckLoader.load(files),
                files.origin());
    }

    /** The nearest directory at or above {@code dir} that holds {@code .git}; git found one, so there is one. */
    static Path gitRoot(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return dir;
    }
}
