package dev.gooseci.diff;

import dev.gooseci.diff.ChangeSourceException.Problem;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/** Resolves revisions to commits and finds the default base, turning every failure into a message that says how. */
final class BaseResolver {

    static final String FETCH_HINT = "in CI fetch the full history (GitHub Actions: actions/checkout with"
            + " 'fetch-depth: 0'; GitLab: GIT_DEPTH: 0) or fetch the base with 'git fetch origin <branch>'";

    private final Repository repo;

    BaseResolver(Repository repo) {
        this.repo = repo;
    }

    boolean isShallow() {
        return new File(repo.getDirectory(), "shallow").exists();
    }

    ObjectId resolve(String revision, String role) {
        ObjectId id;
        try {
            id = repo.resolve(revision + "^{commit}");
        } catch (AmbiguousObjectException e) {
            throw new ChangeSourceException(
                    Problem.BASE_NOT_FOUND,
                    "the " + role + " '" + revision + "' is an ambiguous short sha: give more of its digits",
                    e);
        } catch (RevisionSyntaxException | IncorrectObjectTypeException | MissingObjectException e) {
            throw notFound(revision, role, e);
        } catch (IOException e) {
            throw new ChangeSourceException(Problem.READ_FAILED, "cannot read the repository: " + e.getMessage(), e);
        }
        if (id == null) {
            throw notFound(revision, role, null);
        }
        return id;
    }

    ObjectId defaultBase() {
        List<String> candidates = new ArrayList<>();
        try {
            Ref originHead = repo.exactRef("refs/remotes/origin/HEAD");
            if (originHead != null && originHead.isSymbolic()) {
                candidates.add(originHead.getTarget().getName());
            }
            candidates.add("refs/remotes/origin/main");
            candidates.add("refs/remotes/origin/master");
            for (String name : candidates) {
                Ref ref = repo.exactRef(name);
                if (ref != null && ref.getObjectId() != null) {
                    return mergeBase(ref);
                }
            }
            Ref head = repo.exactRef(Constants.HEAD);
            if (head != null && !head.isSymbolic()) {
                throw new ChangeSourceException(
                        Problem.DETACHED_HEAD,
                        "HEAD is detached and no base was given, and there is no origin/HEAD, origin/main or"
                                + " origin/master to compare with: pass the base commit or branch (--base,"
                                + " -Dgoose.base) or " + FETCH_HINT);
            }
            throw new ChangeSourceException(
                    Problem.BASE_NOT_FOUND,
                    "no base was given and the repository has no origin/HEAD, origin/main or origin/master: pass the"
                            + " base commit or branch (--base, -Dgoose.base) or " + FETCH_HINT);
        } catch (IOException e) {
            throw new ChangeSourceException(Problem.READ_FAILED, "cannot read the repository: " + e.getMessage(), e);
        }
    }

    private ObjectId mergeBase(Ref remote) throws IOException {
        ObjectId head = resolve(Constants.HEAD, "HEAD");
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(head));
            walk.markStart(walk.parseCommit(remote.getObjectId()));
            RevCommit base = walk.next();
            if (base != null) {
                return base.getId();
            }
        }
        String branch = Repository.shortenRefName(remote.getName());
        if (isShallow()) {
            throw new ChangeSourceException(
                    Problem.SHALLOW_CLONE,
                    "this is a shallow clone, so HEAD and " + branch + " have no merge base in the fetched history: "
                            + FETCH_HINT);
        }
        throw new ChangeSourceException(
                Problem.BASE_NOT_FOUND,
                "HEAD and " + branch + " share no history, so there is no merge base: pass the base commit or"
                        + " branch (--base, -Dgoose.base)");
    }

    private ChangeSourceException notFound(String revision, String role, Exception cause) {
        if (isShallow()) {
            return new ChangeSourceException(
                    Problem.SHALLOW_CLONE,
                    "the " + role + " '" + revision + "' is not in this shallow clone: " + FETCH_HINT,
                    cause);
        }
        return new ChangeSourceException(
                Problem.BASE_NOT_FOUND,
                "the " + role + " '" + revision + "' names no commit, branch or tag here: check the name, or "
                        + FETCH_HINT.replace("<branch>", revision),
                cause);
    }
}
