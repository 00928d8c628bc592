package dev.gooseci.ci;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link CiContext} from environment variables. Pure: the same map gives the same context, so each CI
 * system's mapping is a table test. GitHub's pull request number comes from {@code GITHUB_REF}
 * ({@code refs/pull/N/merge}); the event file at {@code GITHUB_EVENT_PATH} carries more, and the GitHub host reads it.
 */
public final class CiContexts {
    private static final Pattern PULL_REF = Pattern.compile("refs/pull/(\\d+)/(?:merge|head)");

    private CiContexts() {}

    public static CiContext detect(Map<String, String> env) {
        if ("true".equals(env.get("GITHUB_ACTIONS"))) {
            return github(env);
        }
        if ("true".equals(env.get("GITLAB_CI"))) {
            return gitlab(env);
        }
        if (present(env, "JENKINS_URL") || present(env, "JENKINS_HOME")) {
            return jenkins(env);
        }
        return new CiContext(
                CiHost.LOCAL,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    static CiContext github(Map<String, String> env) {
        Optional<Integer> pull = get(env, "GITHUB_REF").flatMap(ref -> {
            Matcher matcher = PULL_REF.matcher(ref);
            return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
        });
        Optional<String> buildUrl = get(env, "GITHUB_SERVER_URL")
                .flatMap(server -> get(env, "GITHUB_REPOSITORY")
                        .flatMap(repo ->
                                get(env, "GITHUB_RUN_ID").map(run -> server + "/" + repo + "/actions/runs/" + run)));
        return new CiContext(
                CiHost.GITHUB_ACTIONS,
                get(env, "GITHUB_WORKSPACE"),
                get(env, "GITHUB_REPOSITORY"),
                pull,
                get(env, "GITHUB_BASE_REF"),
                get(env, "GITHUB_HEAD_REF"),
                Optional.empty(),
                get(env, "GITHUB_SHA"),
                get(env, "GITHUB_API_URL").or(() -> Optional.of("https://api.github.com")),
                buildUrl,
                get(env, "GITHUB_EVENT_NAME"));
    }

    static CiContext gitlab(Map<String, String> env) {
        return new CiContext(
                CiHost.GITLAB_CI,
                get(env, "CI_PROJECT_DIR"),
                get(env, "CI_MERGE_REQUEST_PROJECT_ID").or(() -> get(env, "CI_PROJECT_ID")),
                number(env, "CI_MERGE_REQUEST_IID"),
                get(env, "CI_MERGE_REQUEST_TARGET_BRANCH_NAME"),
                get(env, "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME").or(() -> get(env, "CI_COMMIT_REF_NAME")),
                get(env, "CI_MERGE_REQUEST_DIFF_BASE_SHA").or(() -> zeroIsAbsent(get(env, "CI_COMMIT_BEFORE_SHA"))),
                get(env, "CI_COMMIT_SHA"),
                get(env, "CI_API_V4_URL"),
                get(env, "CI_JOB_URL"),
                get(env, "CI_PIPELINE_SOURCE"));
    }

    /**
     * A Jenkins build. On a multibranch pull request build {@code CHANGE_URL} names the platform: then the repository
     * is its {@code owner/name} or GitLab project path and the API root is the platform's; else the job name.
     */
    static CiContext jenkins(Map<String, String> env) {
        Optional<ChangeUrl> change = get(env, "CHANGE_URL").flatMap(ChangeUrl::parse);
        return new CiContext(
                CiHost.JENKINS,
                get(env, "WORKSPACE"),
                change.map(ChangeUrl::repository).or(() -> get(env, "JOB_NAME")),
                number(env, "CHANGE_ID"),
                get(env, "CHANGE_TARGET"),
                get(env, "CHANGE_BRANCH").or(() -> get(env, "BRANCH_NAME")),
                Optional.empty(),
                get(env, "GIT_COMMIT"),
                change.map(ChangeUrl::apiUrl),
                get(env, "BUILD_URL"),
                get(env, "CHANGE_ID").isPresent() ? Optional.of("change_request") : Optional.of("branch"));
    }

    /** GitLab sends forty zeros as the "before" commit of a new branch's first push: there is no such commit. */
    private static Optional<String> zeroIsAbsent(Optional<String> sha) {
        return sha.filter(value -> !value.chars().allMatch(c -> c == '0'));
    }

    private static Optional<Integer> number(Map<String, String> env, String name) {
        return get(env, name).flatMap(value -> {
            try {
                return Optional.of(Integer.parseInt(value.trim()));
            } catch (NumberFormatException e) {
                // Jenkins sets CHANGE_ID to non-numeric ids for some SCMs (Gerrit): then there is no number to use.
                return Optional.empty();
            }
        });
    }

    private static boolean present(Map<String, String> env, String name) {
        return get(env, name).isPresent();
    }

    static Optional<String> get(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }
}
