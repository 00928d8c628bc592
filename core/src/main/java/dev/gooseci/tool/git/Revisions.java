package dev.gooseci.tool.git;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/** Resolves the revisions the model names, with errors that say how to find a valid one. */
final class Revisions {
    private static final int BRANCHES_SHOWN = 10;

    private Revisions() {}

    /** The commit {@code rev} names (tags are peeled), or a {@link GitToolException} naming it. */
    static RevCommit commit(Repository repository, RevWalk walk, String rev) throws IOException {
        ObjectId id;
        try {
            id = repository.resolve(rev + "^{commit}");
        } catch (AmbiguousObjectException e) {
            throw new GitToolException(
                    "revision '" + rev + "' is ambiguous: more than one object starts with it; give more of the sha");
        } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
            throw new GitToolException(unknown(repository, rev));
        }
        if (id == null) {
            throw new GitToolException(unknown(repository, rev));
        }
        return walk.parseCommit(id);
    }

    /** Whether HEAD points at a commit; it does not in a repository with no commits yet. */
    static boolean hasHead(Repository repository) throws IOException {
        return repository.resolve(Constants.HEAD + "^{commit}") != null;
    }

    /** The first seven hex digits of {@code id}, or more when seven are ambiguous in this repository. */
    static String abbreviate(ObjectReader reader, AnyObjectId id) throws IOException {
        return reader.abbreviate(id, 7).name();
    }

    private static String unknown(Repository repository, String rev) throws IOException {
        if (!hasHead(repository)) {
            return "unknown revision '" + rev + "': the repository has no commits yet";
        }
        List<Ref> branches = repository.getRefDatabase().getRefsByPrefix(Constants.R_HEADS);
        String names = branches.stream()
                .limit(BRANCHES_SHOWN)
                .map(ref -> Repository.shortenRefName(ref.getName()))
                .collect(Collectors.joining(", "));
        return "unknown revision '" + rev + "'. Use HEAD, HEAD~N, a branch, a tag or a commit sha from git__git_log"
                + (names.isEmpty() ? "" : "; branches: " + names + (branches.size() > BRANCHES_SHOWN ? ", ..." : ""));
    }
}
