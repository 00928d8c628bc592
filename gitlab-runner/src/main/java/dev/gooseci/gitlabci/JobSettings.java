package dev.gooseci.gitlabci;

import static java.util.Objects.requireNonNull;

import dev.gooseci.config.Secret;
import dev.gooseci.report.QualityGate;
import dev.gooseci.scm.gitlab.MergeRequestId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the GitLab job reads from its environment, mapped in this one place: GitLab's predefined {@code CI_*}
 * variables and our {@code GOOSE_*} ones. Missing or malformed variables are all named in one error.
 *
 * @param projectDir the checkout ({@code CI_PROJECT_DIR})
 * @param pipelineSource what started the pipeline ({@code CI_PIPELINE_SOURCE}: {@code merge_request_event}, {@code
 *     push}, ...)
 * @param commitSha the commit the pipeline runs for ({@code CI_COMMIT_SHA})
 * @param beforeSha the branch's previous head ({@code CI_COMMIT_BEFORE_SHA}); empty for a new branch (forty zeros)
 * @param mergeRequest the merge request of a merge request pipeline; empty outside one
 * @param token the token that publishes ({@code GOOSE_GITLAB_TOKEN}); only the publish step ever sees it
 * @param jobTokenPresent whether {@code CI_JOB_TOKEN} is set, to explain why it is not enough
 * @param skipOutsideMr skip instead of reviewing the pushed commits outside a merge request ({@code
 *     GOOSE_SKIP_OUTSIDE_MR})
 * @param outputDir where the reports go ({@code GOOSE_OUTPUT_DIR}, relative to the checkout; default the checkout)
 * @param gate the quality gate ({@code GOOSE_FAIL_ON})
 * @param replay a recorded transcript to play instead of a model ({@code GOOSE_REPLAY})
 * @param dryRun print the plan and call no model ({@code GOOSE_DRY_RUN})
 */
record JobSettings(
        Path projectDir,
        String pipelineSource,
        String commitSha,
        Optional<String> beforeSha,
        Optional<MergeRequest> mergeRequest,
        Optional<Secret> token,
        boolean jobTokenPresent,
        boolean skipOutsideMr,
        Path outputDir,
        QualityGate gate,
        Optional<Path> replay,
        boolean dryRun) {

    static final String TOKEN = "GOOSE_GITLAB_TOKEN";
    static final String MERGE_REQUEST_EVENT = "merge_request_event";

    /**
     * The merge request of a merge request pipeline.
     *
     * @param apiUrl {@code CI_API_V4_URL}
     * @param id {@code CI_MERGE_REQUEST_PROJECT_ID} (else {@code CI_PROJECT_ID}) and {@code CI_MERGE_REQUEST_IID}
     * @param diffBaseSha {@code CI_MERGE_REQUEST_DIFF_BASE_SHA}, the base when the pipeline was created
     */
    record MergeRequest(String apiUrl, MergeRequestId id, Optional<String> diffBaseSha) {
        MergeRequest {
            requireNonNull(apiUrl, "apiUrl");
            requireNonNull(id, "id");
            requireNonNull(diffBaseSha, "diffBaseSha");
        }
    }

    JobSettings {
        requireNonNull(projectDir, "projectDir");
        requireNonNull(pipelineSource, "pipelineSource");
        requireNonNull(commitSha, "commitSha");
        requireNonNull(beforeSha, "beforeSha");
        requireNonNull(mergeRequest, "mergeRequest");
        requireNonNull(token, "token");
        requireNonNull(outputDir, "outputDir");
        requireNonNull(gate, "gate");
        requireNonNull(replay, "replay");
    }

    /**
     * Reads the job's settings from {@code env}.
     *
     * @throws IllegalArgumentException naming every missing or malformed variable and what to set it to
     */
    static JobSettings from(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        Optional<String> dir = required(env, "CI_PROJECT_DIR", "the job's checkout", problems);
        Optional<String> sha = required(env, "CI_COMMIT_SHA", "the commit under review", problems);
        String source = get(env, "CI_PIPELINE_SOURCE").orElse("");
        Optional<String> iid = get(env, "CI_MERGE_REQUEST_IID");
        Optional<MergeRequest> mr = Optional.empty();
        if (MERGE_REQUEST_EVENT.equals(source) || iid.isPresent()) {
            mr = mergeRequest(env, problems);
        }
        boolean skip = flag(env, "GOOSE_SKIP_OUTSIDE_MR", problems);
        boolean dryRun = flag(env, "GOOSE_DRY_RUN", problems);
        QualityGate gate = QualityGate.NONE;
        try {
            gate = QualityGate.parse(get(env, "GOOSE_FAIL_ON").orElse("none"));
        } catch (IllegalArgumentException e) {
            problems.add("GOOSE_FAIL_ON: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("this job's variables are not usable:\n  - "
                    + String.join("\n  - ", problems)
                    + "\nRun goose-gitlab-review in a GitLab CI job (which sets the CI_* variables), and set GOOSE_*"
                    + " variables in the job or in Settings > CI/CD > Variables.");
        }
        Path projectDir = Path.of(dir.orElseThrow()).toAbsolutePath().normalize();
        return new JobSettings(
                projectDir,
                source,
                sha.orElseThrow(),
                get(env, "CI_COMMIT_BEFORE_SHA")
                        .filter(before -> !before.chars().allMatch(c -> c == '0')),
                mr,
                get(env, TOKEN).map(Secret::of),
                get(env, "CI_JOB_TOKEN").isPresent(),
                skip,
                get(env, "GOOSE_OUTPUT_DIR")
                        .map(projectDir::resolve)
                        .orElse(projectDir)
                        .normalize(),
                gate,
                get(env, "GOOSE_REPLAY").map(projectDir::resolve),
                dryRun);
    }

    private static Optional<MergeRequest> mergeRequest(Map<String, String> env, List<String> problems) {
        Optional<String> api = required(env, "CI_API_V4_URL", "the API root, like https://gitlab.com/api/v4", problems);
        // A fork's merge request pipeline runs in the fork by default: CI_PROJECT_ID is then the fork, and the merge
        // request (its iid, its notes) lives in CI_MERGE_REQUEST_PROJECT_ID, the target project.
        Optional<String> project = get(env, "CI_MERGE_REQUEST_PROJECT_ID")
                .or(() -> required(env, "CI_PROJECT_ID", "the project's id", problems));
        Optional<String> iid = required(env, "CI_MERGE_REQUEST_IID", "the merge request's number", problems);
        Optional<Integer> number = Optional.empty();
        if (iid.isPresent()) {
            try {
                number = Optional.of(Integer.parseInt(iid.get())).filter(n -> n > 0);
            } catch (NumberFormatException e) {
                // reported below
            }
            if (number.isEmpty()) {
                problems.add("CI_MERGE_REQUEST_IID is '" + iid.get() + "', not a merge request number like 11");
            }
        }
        if (api.isEmpty() || project.isEmpty() || number.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MergeRequest(
                api.get(),
                new MergeRequestId(project.get(), number.get()),
                get(env, "CI_MERGE_REQUEST_DIFF_BASE_SHA")));
    }

    private static Optional<String> required(Map<String, String> env, String name, String what, List<String> problems) {
        Optional<String> value = get(env, name);
        if (value.isEmpty()) {
            problems.add(name + " is not set (" + what + ")");
        }
        return value;
    }

    private static boolean flag(Map<String, String> env, String name, List<String> problems) {
        String value = get(env, name).orElse("false").toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(name + " is '" + value + "': use true or false");
        }
        return value.equals("true");
    }

    private static Optional<String> get(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
