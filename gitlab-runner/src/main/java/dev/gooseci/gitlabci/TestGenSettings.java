package dev.gooseci.gitlabci;

import static java.util.Objects.requireNonNull;

import dev.gooseci.testgen.LandingMode;
import java.util.Map;
import java.util.Optional;

/**
 * What the test generation job reads from its environment on top of the review's {@link JobSettings}, in this one
 * place.
 *
 * @param job the variables both jobs share (checkout, merge request, {@code GOOSE_GITLAB_TOKEN}, replay)
 * @param landing where kept tests go ({@code GOOSE_TESTS_LANDING}: {@code follow-up} by default, {@code push} or
 *     {@code off})
 * @param pushUrl the repository the bot pushes to, the merge request's project, where the follow-up is opened:
 *     {@code CI_MERGE_REQUEST_PROJECT_URL} (else {@code CI_PROJECT_URL}, which in a fork's pipeline is the fork) with
 *     {@code .git}; the clone's own remote carries {@code CI_JOB_TOKEN}, which is not used to push
 */
record TestGenSettings(JobSettings job, LandingMode landing, Optional<String> pushUrl) {
    static final String LANDING = "GOOSE_TESTS_LANDING";

    TestGenSettings {
        requireNonNull(job, "job");
        requireNonNull(landing, "landing");
        requireNonNull(pushUrl, "pushUrl");
    }

    /**
     * Reads the settings from {@code env}.
     *
     * @throws IllegalArgumentException naming the variable that is malformed and what to set it to
     */
    static TestGenSettings from(Map<String, String> env) {
        JobSettings job = JobSettings.from(env);
        LandingMode landing = LandingMode.parse(value(env, LANDING).orElse("follow-up"), LANDING);
        return new TestGenSettings(
                job,
                landing,
                value(env, "CI_MERGE_REQUEST_PROJECT_URL")
                        .or(() -> value(env, "CI_PROJECT_URL"))
                        .map(url -> url.replaceAll("/+$", "") + ".git"));
    }

    /** The push URL, or why there is none. */
    String requirePushUrl() {
        return pushUrl.orElseThrow(() -> new IllegalArgumentException(
                "CI_PROJECT_URL is not set, so there is no repository to push the tests to; run goose-gitlab-tests in"
                        + " a GitLab CI job, or set " + LANDING + " to off"));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
