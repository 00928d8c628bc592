package dev.gooseci.scm.github;

import static java.util.Objects.requireNonNull;

import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.ChangeSourceException;
import dev.gooseci.diff.GitChangeSource;
import dev.gooseci.scm.ChangeRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Incremental review on a {@code synchronize} event: only the commits since the head the sticky summary recorded.
 * The range is diffed locally with JGit. When the recorded head is not an ancestor of the new head (a force push or
 * rebase) or is missing from the checkout, there is no meaningful increment, and the whole pull request is reviewed.
 */
public final class IncrementalChanges {
    private final Path checkout;

    public IncrementalChanges(Path checkout) {
        this.checkout = requireNonNull(checkout, "checkout");
    }

    /**
     * The change from {@code reviewedHead} to the request's head; empty when the whole pull request must be reviewed.
     */
    public Optional<ChangeSet> since(ChangeRequest request, Optional<String> reviewedHead) {
        if (reviewedHead.isEmpty() || reviewedHead.get().equals(request.headSha())) {
            return Optional.empty();
        }
        if (!isAncestor(reviewedHead.get(), request.headSha())) {
            return Optional.empty();
        }
        try (GitChangeSource git = GitChangeSource.open(checkout)) {
            return Optional.of(git.diff(reviewedHead.get(), request.headSha()));
        } catch (ChangeSourceException e) {
            return Optional.empty();
        }
    }

    private boolean isAncestor(String older, String newer) {
        FileRepositoryBuilder builder =
                new FileRepositoryBuilder().findGitDir(checkout.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return false;
        }
        try (Repository repo = builder.setMustExist(true).build();
                RevWalk walk = new RevWalk(repo)) {
            ObjectId old = repo.resolve(older + "^{commit}");
            ObjectId neu = repo.resolve(newer + "^{commit}");
            return old != null && neu != null && walk.isMergedInto(walk.parseCommit(old), walk.parseCommit(neu));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
