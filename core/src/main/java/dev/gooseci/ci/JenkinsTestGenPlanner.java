package dev.gooseci.ci;

import dev.gooseci.provider.ProviderCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides a {@link JenkinsTestGenPlan} from the {@code gooseGenerateTests} step's parameters, the global defaults and
 * the multibranch environment. Provider, model and key are chosen as for the review ({@link JenkinsStepPlanner}).
 * Pushing is never a default: {@code commit: none} keeps the tests in the workspace, and every push needs its own
 * {@code pushCredentialsId}, since the agent never holds it and the review's token may only comment.
 */
public final class JenkinsTestGenPlanner {
    /** The variable core's commit step reads the push token from. */
    public static final String PUSH_TOKEN = "GOOSE_PUSH_TOKEN";

    /**
     * Follow-up branches are {@code goose-ci/tests-for-<CHANGE_ID>}, the name every host uses for a change request's
     * follow-up ({@code testgen.Landing}), or {@code goose-ci/tests-<BRANCH_NAME>} on a branch build.
     */
    public static final String FOLLOW_UP_PREFIX = "goose-ci/tests-";

    private final JenkinsStepPlanner models;

    public JenkinsTestGenPlanner(ProviderCatalog catalog) {
        this.models = new JenkinsStepPlanner(catalog);
    }

    /**
     * @param global the global configuration's defaults (provider, model, API key credential)
     * @throws IllegalArgumentException naming the step parameter to change when one is wrong
     */
    public JenkinsTestGenPlan plan(JenkinsTestGenInput step, JenkinsStepInput global, Map<String, String> env) {
        List<String> notes = new ArrayList<>();
        List<CredentialNeed> credentials = new ArrayList<>();
        Map<String, String> flags = models.modelFlags(
                step.provider(), step.model(), step.credentialsId(), step.config(), global, credentials);
        Optional<Landing> landing = landing(step, env, notes);
        landing.ifPresent(l -> credentials.add(new CredentialNeed(step.pushCredentialsId(), PUSH_TOKEN)));
        Optional<String> changeId = CiContexts.get(env, "CHANGE_ID");
        return new JenkinsTestGenPlan(
                flags,
                targets(step.targets()),
                changeId.flatMap(id -> CiContexts.get(env, "CHANGE_TARGET"))
                        .map(target -> JenkinsTestGenPlan.REMOTE + "/" + target),
                StepValues.maxCost(step.maxCost()),
                StepValues.replay(env),
                landing.isPresent(),
                landing.map(Landing::branch),
                landing.flatMap(Landing::followUpInto),
                onNoTests(step.onNoTests()),
                credentials,
                notes);
    }

    /** Where the kept tests go: the change's branch, a follow-up branch, or nowhere (the workspace). */
    private static Optional<Landing> landing(JenkinsTestGenInput step, Map<String, String> env, List<String> notes) {
        String mode = step.commit().isEmpty() ? "none" : step.commit().toLowerCase(Locale.ROOT);
        boolean change = CiContexts.get(env, "CHANGE_ID").isPresent();
        Optional<String> fork = CiContexts.get(env, "CHANGE_FORK");
        if (mode.equals("none")) {
            return Optional.empty();
        }
        if (mode.equals("auto")) {
            if (!change) {
                notes.add("Not a pull or merge request build (no CHANGE_ID): the kept tests stay in the workspace.");
                return Optional.empty();
            }
            if (step.pushCredentialsId().isEmpty()) {
                notes.add("No pushCredentialsId: the kept tests stay in the workspace; set it to push them.");
                return Optional.empty();
            }
            mode = fork.isPresent() ? "pull-request" : "branch";
        }
        if (!mode.equals("branch") && !mode.equals("pull-request")) {
            throw new IllegalArgumentException(
                    "unknown commit value '" + step.commit() + "': use none, branch, pull-request or auto");
        }
        if (step.pushCredentialsId().isEmpty()) {
            throw new IllegalArgumentException("commit: " + mode + " needs pushCredentialsId, a Secret text"
                    + " credential holding a token that may push to the repository; or use commit: none");
        }
        Optional<String> built = change ? CiContexts.get(env, "CHANGE_BRANCH") : CiContexts.get(env, "BRANCH_NAME");
        if (mode.equals("branch")) {
            if (fork.isPresent()) {
                throw new IllegalArgumentException("commit: branch cannot push to a pull request from the fork '"
                        + fork.get() + "': use commit: pull-request, or auto to choose for each build");
            }
            return Optional.of(new Landing(
                    built.orElseThrow(() -> noBranch("branch", change ? "CHANGE_BRANCH" : "BRANCH_NAME")),
                    Optional.empty()));
        }
        String source = change
                ? "for-" + CiContexts.get(env, "CHANGE_ID").orElseThrow()
                : built.orElseThrow(() -> noBranch("pull-request", "BRANCH_NAME"));
        String into = change && fork.isEmpty()
                ? built.orElse("")
                : CiContexts.get(env, "CHANGE_TARGET").or(() -> built).orElse("");
        String branch = FOLLOW_UP_PREFIX + source.replaceAll("[^A-Za-z0-9._/-]", "-");
        notes.add("commit: pull-request pushes the kept tests to the branch " + branch + " of "
                + JenkinsTestGenPlan.REMOTE
                + (CiContexts.get(env, "CHANGE_URL").flatMap(ChangeUrl::parse).isPresent()
                        ? " and opens the follow-up into " + into + " with the push token"
                        : "; no GitHub or GitLab CHANGE_URL, so open the pull request into " + into + " yourself")
                + ".");
        return Optional.of(new Landing(branch, Optional.of(into).filter(b -> !b.isEmpty())));
    }

    private static IllegalArgumentException noBranch(String mode, String variable) {
        return new IllegalArgumentException("commit: " + mode + " needs the branch being built, and " + variable
                + " is not set: run the step in a multibranch Pipeline, or use commit: none");
    }

    private static List<String> targets(String text) {
        return Arrays.stream(text.split("[,\\s]+")).filter(t -> !t.isEmpty()).toList();
    }

    private static BuildResult onNoTests(String text) {
        String value = text.isEmpty() ? "success" : text.toLowerCase(Locale.ROOT);
        if (!List.of("success", "unstable", "failure").contains(value)) {
            throw new IllegalArgumentException(
                    "unknown onNoTests value '" + text + "': use success, unstable or failure");
        }
        return BuildResult.valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** A push: the branch, and for a follow-up branch the branch its pull request should go into. */
    private record Landing(String branch, Optional<String> followUpInto) {}
}
