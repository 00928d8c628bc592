package dev.gooseci.scm.gitlab;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.ChangeSourceException;
import dev.gooseci.diff.FileChange;
import dev.gooseci.diff.GitChangeSource;
import dev.gooseci.provider.Json;
import dev.gooseci.scm.ChangeRequest;
import dev.gooseci.scm.ChangeRequestSource;
import dev.gooseci.scm.gitlab.GitLabException.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a merge request from GitLab: the merge request itself, the diff refs of its latest version (never the target
 * branch's current head, which may have moved since the diff was made), and its diffs, page by page. A file whose diff
 * GitLab left out because it is large is diffed locally from the checkout; when that fails too, the file stays in the
 * change with the reason, so that the report lists it as not reviewed.
 */
public final class GitLabChangeSource implements ChangeRequestSource {

    static final int VERSION_ATTEMPTS = 5;
    static final Duration VERSION_WAIT = Duration.ofSeconds(3);

    private final GitLabApi api;
    private final MergeRequestId mr;
    private final Path checkout;

    /**
     * @param checkout the job's checkout ({@code CI_PROJECT_DIR}), used only for files whose diff GitLab leaves out
     */
    public GitLabChangeSource(GitLabApi api, MergeRequestId mr, Path checkout) {
        this.api = requireNonNull(api, "api");
        this.mr = requireNonNull(mr, "mr");
        this.checkout = requireNonNull(checkout, "checkout");
    }

    @Override
    public ChangeRequest read() {
        JsonNode json = api.get(api.url(mr.path()));
        DiffRefs refs = latestVersion();
        boolean fromFork = json.hasNonNull("source_project_id")
                && json.hasNonNull("target_project_id")
                && json.get("source_project_id").asLong()
                        != json.get("target_project_id").asLong();
        return new ChangeRequest(
                mr.iid(),
                Json.text(json, "title", ""),
                Json.text(json, "description", ""),
                Json.text(json.path("author"), "username", ""),
                refs.base(),
                Optional.of(refs.start()),
                refs.head(),
                Json.text(json, "target_branch", ""),
                Json.text(json, "source_branch", ""),
                fromFork,
                Json.text(json, "web_url", ""));
    }

    /**
     * The diff refs of the newest version. Right after a push GitLab may not have made the version yet, so this asks
     * again a few times before it explains.
     */
    DiffRefs latestVersion() {
        for (int attempt = 1; ; attempt++) {
            Optional<DiffRefs> refs = newest(api.getAll(api.url(mr.path("versions"))));
            if (refs.isPresent()) {
                return refs.get();
            }
            if (attempt == VERSION_ATTEMPTS) {
                throw new GitLabException(
                        Problem.NOT_READY,
                        0,
                        "merge request " + mr + " has no diff version with base, start and head commits after "
                                + VERSION_ATTEMPTS + " tries: GitLab is still preparing its diff (or the merge"
                                + " request has no commits); run the job again in a minute");
            }
            try {
                api.retry().sleeper().sleep(VERSION_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GitLabException(Problem.NOT_READY, 0, "interrupted while waiting for " + mr + "'s diff", e);
            }
        }
    }

    private static Optional<DiffRefs> newest(List<JsonNode> versions) {
        JsonNode newest = null;
        for (JsonNode version : versions) {
            if (newest == null
                    || version.path("id").asLong() > newest.path("id").asLong()) {
                newest = version;
            }
        }
        if (newest == null) {
            return Optional.empty();
        }
        String base = Json.text(newest, "base_commit_sha", "");
        String start = Json.text(newest, "start_commit_sha", "");
        String head = Json.text(newest, "head_commit_sha", "");
        return base.isEmpty() || start.isEmpty() || head.isEmpty()
                ? Optional.empty()
                : Optional.of(new DiffRefs(base, start, head));
    }

    @Override
    public ChangeSet changes(ChangeRequest request) {
        List<JsonNode> entries = api.getAll(api.url(mr.path("diffs")));
        List<FileChange> files = new ArrayList<>(entries.size());
        LocalDiff local = new LocalDiff(request);
        for (JsonNode entry : entries) {
            FileChange file = DiffEntries.toFileChange(entry);
            files.add(DiffEntries.leftOut(entry) ? local.replace(file, entry) : file);
        }
        return new ChangeSet(request.baseSha(), request.headSha(), files);
    }

    /** The checkout's diff of the merge request, made once and only when GitLab left a file out. */
    private final class LocalDiff {
        private final ChangeRequest request;
        private Map<String, FileChange> byPath;
        private String failure = "";

        LocalDiff(ChangeRequest request) {
            this.request = request;
        }

        FileChange replace(FileChange file, JsonNode entry) {
            if (byPath == null) {
                load();
            }
            FileChange found = byPath.get(file.path());
            if (found != null) {
                return found;
            }
            String why = failure.isEmpty() ? "the local diff of " + abbreviated() + " has no such file" : failure;
            return file.skip(DiffEntries.leftOutReason(entry, why));
        }

        private void load() {
            byPath = new HashMap<>();
            try (GitChangeSource git = GitChangeSource.open(checkout)) {
                for (FileChange file :
                        git.diff(request.baseSha(), request.headSha()).files()) {
                    byPath.put(file.path(), file);
                }
            } catch (ChangeSourceException e) {
                failure = e.getMessage();
            }
        }

        private String abbreviated() {
            return short7(request.baseSha()) + ".." + short7(request.headSha());
        }

        private String short7(String sha) {
            return sha.length() > 7 ? sha.substring(0, 7) : sha;
        }
    }
}
