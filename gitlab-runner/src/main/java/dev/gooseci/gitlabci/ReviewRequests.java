package dev.gooseci.gitlabci;

import dev.gooseci.report.Format;
import dev.gooseci.review.ReviewRequest;
import dev.gooseci.review.ReviewTask;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The review request of a GitLab job, and the environment the agent may see: the GitLab tokens are not in it. */
final class ReviewRequests {
    /** What the job writes: {@code report.md} and {@code gl-code-quality-report.json}. */
    static final Set<Format> FORMATS = EnumSet.of(Format.MARKDOWN, Format.CODE_QUALITY);

    private static final Set<String> TOKENS = Set.of(JobSettings.TOKEN, "CI_JOB_TOKEN");

    private ReviewRequests() {}

    static ReviewRequest of(
            JobSettings job, Optional<String> base, String head, boolean fork, Map<String, String> env) {
        return new ReviewRequest(
                job.projectDir(),
                base,
                head,
                false,
                fork,
                Optional.empty(),
                FORMATS,
                Optional.of(job.outputDir()),
                job.gate(),
                ReviewTask.DEFAULT_CONCURRENCY,
                Optional.empty(),
                job.dryRun(),
                job.replay(),
                agentEnv(env),
                Map.of());
    }

    /**
     * {@code env} without the GitLab tokens, which only the publish step uses, and without blank values, which a
     * template input left empty (such as the model) turns into.
     */
    static Map<String, String> agentEnv(Map<String, String> env) {
        Map<String, String> kept = new HashMap<>();
        env.forEach((name, value) -> {
            if (value != null && !value.isBlank() && !TOKENS.contains(name)) {
                kept.put(name, value);
            }
        });
        return kept;
    }
}
