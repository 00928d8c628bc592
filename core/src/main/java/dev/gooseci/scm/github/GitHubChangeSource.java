package dev.gooseci.scm.github;

import static java.util.Objects.requireNonNull;

import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.ChangeSourceException;
import dev.gooseci.diff.FileChange;
import dev.gooseci.diff.GitChangeSource;
import dev.gooseci.scm.ChangeRequest;
import dev.gooseci.scm.ChangeRequestSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHPullRequestFileDetail;

/**
 * Reads a pull request and its files from GitHub. Files come from the paginated files API with their {@code patch};
 * when GitHub leaves a patch out (large or binary files) or the PR has more files than the API lists (3,000), the
 * local checkout supplies them with a JGit diff of base..head. A file neither can read stays in the change set with
 * its skip reason, so the summary lists it: no file is lost quietly.
 */
public final class GitHubChangeSource implements ChangeRequestSource {
    /** The most files GitHub's files API lists for one pull request. */
    static final int API_FILE_LIMIT = 3000;

    private final GitHubConnection github;
    private final int number;
    private final Path checkout;

    /**
     * @param checkout the local clone with base and head fetched, for the fallback diff
     */
    public GitHubChangeSource(GitHubConnection github, int number, Path checkout) {
        this.github = requireNonNull(github, "github");
        this.checkout = requireNonNull(checkout, "checkout");
        if (number <= 0) {
            throw new IllegalArgumentException("a pull request number is positive, was " + number);
        }
        this.number = number;
    }

    @Override
    public ChangeRequest read() {
        return readPullRequest().request();
    }

    /** The pull request with GitHub's own facts: author association, head repository, changed files. */
    public GitHubPullRequest readPullRequest() {
        return PullRequestJson.read(github.rest().get(github.repoPath() + "/pulls/" + number));
    }

    @Override
    public ChangeSet changes(ChangeRequest request) {
        String base = request.baseSha();
        String head = request.headSha();
        GHPullRequest pr = pullRequest(request.number());
        int changed = changedFiles(pr);
        if (changed > API_FILE_LIMIT) {
            return local(base, head)
                    .orElseThrow(failure -> new IllegalStateException("pull request #" + request.number() + " changes "
                            + changed + " files, more than the " + API_FILE_LIMIT + " GitHub's API lists, and the"
                            + " local diff failed: " + failure + ". Check out with 'fetch-depth: 0'."));
        }
        List<GHPullRequestFileDetail> details = listFiles(pr, request.number());
        List<FileChange> files = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (GHPullRequestFileDetail detail : details) {
            Optional<FileChange> file = PatchFiles.fromPatch(detail);
            files.add(file.orElse(null));
            if (file.isEmpty()) {
                missing.add(files.size() - 1);
            }
        }
        if (!missing.isEmpty() || details.size() < changed) {
            LocalOrFailure fallback = local(base, head);
            if (details.size() < changed && fallback.changes != null) {
                return fallback.changes;
            }
            fill(files, missing, details, fallback);
        }
        return new ChangeSet(base, head, files);
    }

    private static void fill(
            List<FileChange> files, List<Integer> missing, List<GHPullRequestFileDetail> details, LocalOrFailure fb) {
        Map<String, FileChange> byPath = new HashMap<>();
        if (fb.changes != null) {
            fb.changes.files().forEach(f -> byPath.put(f.path(), f));
        }
        for (int index : missing) {
            GHPullRequestFileDetail detail = details.get(index);
            FileChange local = byPath.get(detail.getFilename());
            if (local == null) {
                String why = fb.changes == null ? fb.failure : "the file is not in the local diff of base..head";
                local = placeholder(detail)
                        .skip("GitHub sent no patch (large or binary file) and the local diff"
                                + " could not supply it: " + why);
            }
            files.set(index, local);
        }
    }

    private static FileChange placeholder(GHPullRequestFileDetail detail) {
        String path = detail.getFilename();
        String old = Optional.ofNullable(detail.getPreviousFilename()).orElse(path);
        return new FileChange(old, path, PatchFiles.type(detail.getStatus()), 0, 0, false, false, "", List.of());
    }

    private LocalOrFailure local(String base, String head) {
        try (GitChangeSource git = GitChangeSource.open(checkout)) {
            return new LocalOrFailure(git.diff(base, head), null);
        } catch (ChangeSourceException e) {
            return new LocalOrFailure(null, e.getMessage());
        }
    }

    private GHPullRequest pullRequest(int pr) {
        try {
            return github.libraryRepository().getPullRequest(pr);
        } catch (IOException e) {
            throw LibraryErrors.map("GET " + github.repoPath() + "/pulls/" + pr, e);
        }
    }

    private int changedFiles(GHPullRequest pr) {
        try {
            return pr.getChangedFiles();
        } catch (IOException e) {
            throw LibraryErrors.map("GET " + github.repoPath() + "/pulls/" + pr.getNumber(), e);
        }
    }

    private List<GHPullRequestFileDetail> listFiles(GHPullRequest pr, int prNumber) {
        try {
            return pr.listFiles().withPageSize(100).toList();
        } catch (IOException | RuntimeException e) {
            IOException cause = e instanceof IOException ? (IOException) e : new IOException(e.getMessage(), e);
            throw LibraryErrors.map("GET " + github.repoPath() + "/pulls/" + prNumber + "/files", cause);
        }
    }

    /** The local diff, or why it failed. */
    private static final class LocalOrFailure {
        final ChangeSet changes;
        final String failure;

        LocalOrFailure(ChangeSet changes, String failure) {
            this.changes = changes;
            this.failure = failure;
        }

        ChangeSet orElseThrow(java.util.function.Function<String, RuntimeException> error) {
            if (changes == null) {
                throw error.apply(failure);
            }
            return changes;
        }
    }
}
