package dev.gooseci.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.gooseci.provider.ProviderCatalog;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JenkinsTestGenPlannerTest {
    private static final JenkinsStepInput NO_DEFAULTS = JenkinsStepInput.defaults("", "", "", "");
    private static final Map<String, String> PR_BUILD = Map.of(
            "JENKINS_URL", "https://ci.example.com/",
            "CHANGE_ID", "12",
            "CHANGE_BRANCH", "feature/x",
            "CHANGE_TARGET", "main",
            "CHANGE_URL", "https://github.com/octo/widgets/pull/12");

    private final JenkinsTestGenPlanner planner = new JenkinsTestGenPlanner(ProviderCatalog.load());

    private static JenkinsTestGenInput step(String commit, String pushId) {
        return new JenkinsTestGenInput(null, null, null, pushId, null, null, null, commit, null);
    }

    /** The multibranch variables of a row; an empty cell is an unset variable. */
    private static Map<String, String> env(String changeId, String changeBranch, String fork, String branchName) {
        Map<String, String> env = new HashMap<>(Map.of("JENKINS_URL", "https://ci.example.com/"));
        putIfSet(env, "CHANGE_ID", changeId);
        putIfSet(env, "CHANGE_BRANCH", changeBranch);
        putIfSet(env, "CHANGE_TARGET", changeId == null ? null : "main");
        putIfSet(env, "CHANGE_FORK", fork);
        putIfSet(env, "BRANCH_NAME", branchName);
        return env;
    }

    private static void putIfSet(Map<String, String> env, String name, String value) {
        if (value != null && !value.isEmpty()) {
            env.put(name, value);
        }
    }

    @Test
    void shouldKeepTheTestsInTheWorkspaceByDefault() {
        JenkinsTestGenPlan plan = planner.plan(step(null, null), NO_DEFAULTS, Map.of());

        assertThat(plan.commit()).isFalse();
        assertThat(plan.pushBranch()).isEmpty();
        assertThat(plan.followUpInto()).isEmpty();
        assertThat(plan.onNoTests()).isEqualTo(BuildResult.SUCCESS);
        assertThat(plan.flags()).isEmpty();
        assertThat(plan.targets()).isEmpty();
        assertThat(plan.base()).isEmpty();
        assertThat(plan.replay()).isEmpty();
        assertThat(plan.credentials()).isEmpty();
        assertThat(plan.notes()).isEmpty();
    }

    @Test
    void shouldReadEveryStepParameter() {
        JenkinsTestGenInput input = new JenkinsTestGenInput(
                "anthropic",
                "claude-x",
                "llm-key",
                "push-token",
                " com.x.A, com.x.B\ncom.x.C ",
                "1.50",
                "limits.max_turns=12",
                "branch",
                "unstable");

        JenkinsTestGenPlan plan = planner.plan(input, NO_DEFAULTS, PR_BUILD);

        assertThat(plan.flags())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("provider", "anthropic", "model", "claude-x", "limits.max_turns", "12"));
        assertThat(plan.targets()).containsExactly("com.x.A", "com.x.B", "com.x.C");
        assertThat(plan.maxCostUsd()).contains(new BigDecimal("1.50"));
        assertThat(plan.base()).contains("origin/main");
        assertThat(plan.commit()).isTrue();
        assertThat(plan.pushBranch()).contains("feature/x");
        assertThat(plan.onNoTests()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(plan.credentials())
                .containsExactly(
                        new CredentialNeed("llm-key", "ANTHROPIC_API_KEY"),
                        new CredentialNeed("push-token", JenkinsTestGenPlanner.PUSH_TOKEN));
    }

    @Test
    void shouldTakeTheGlobalProviderModelAndKey() {
        JenkinsStepInput global = JenkinsStepInput.defaults("openai", "gpt-x", "openai-key", "scm-token");

        JenkinsTestGenPlan plan = planner.plan(step("none", ""), global, Map.of());

        assertThat(plan.flags()).containsExactlyInAnyOrderEntriesOf(Map.of("provider", "openai", "model", "gpt-x"));
        assertThat(plan.credentials()).containsExactly(new CredentialNeed("openai-key", "OPENAI_API_KEY"));
    }

    @ParameterizedTest(name = "commit {0} with CHANGE_ID={2} CHANGE_BRANCH={3} CHANGE_FORK={4} BRANCH_NAME={5}")
    @CsvSource({
        // commit,     push id, CHANGE_ID, CHANGE_BRANCH, CHANGE_FORK, BRANCH_NAME, push to,         follow-up into
        "none,         tok,     12,        feat,          ,            ,            ,                 ",
        "branch,       tok,     12,        feat,          ,            ,            feat,             ",
        "Branch,       tok,     ,          ,              ,            main,        main,             ",
        "pull-request, tok,     12,        feat,          ,            ,            goose-ci/tests-for-12, feat",
        "pull-request, tok,     12,        feat,          alice,       ,            goose-ci/tests-for-12, main",
        "pull-request, tok,     ,          ,              ,            release/1 x, goose-ci/tests-release/1-x, release/1 x",
        "auto,         tok,     12,        feat,          ,            ,            feat,             ",
        "auto,         tok,     12,        feat,          alice,       ,            goose-ci/tests-for-12, main",
        "auto,         tok,     ,          ,              ,            main,        ,                 ",
        "auto,         '',      12,        feat,          ,            ,            ,                 ",
    })
    void shouldDecideWhereTheKeptTestsGo(
            String commit,
            String pushId,
            String changeId,
            String changeBranch,
            String fork,
            String branchName,
            String pushTo,
            String followUpInto) {
        JenkinsTestGenPlan plan =
                planner.plan(step(commit, pushId), NO_DEFAULTS, env(changeId, changeBranch, fork, branchName));

        assertThat(plan.pushBranch()).isEqualTo(Optional.ofNullable(pushTo));
        assertThat(plan.commit()).isEqualTo(pushTo != null);
        assertThat(plan.followUpInto()).isEqualTo(Optional.ofNullable(followUpInto));
        assertThat(plan.credentials())
                .isEqualTo(
                        pushTo == null
                                ? List.of()
                                : List.of(new CredentialNeed("tok", JenkinsTestGenPlanner.PUSH_TOKEN)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource({
        "12, , No pushCredentialsId: the kept tests stay in the workspace; set it to push them.",
        "  , tok, 'Not a pull or merge request build (no CHANGE_ID): the kept tests stay in the workspace.'",
    })
    void shouldSayWhyAutoKeepsTheTestsInTheWorkspace(String changeId, String pushId, String note) {
        JenkinsTestGenPlan plan = planner.plan(step("auto", pushId), NO_DEFAULTS, env(changeId, "feat", null, "main"));

        assertThat(plan.notes()).containsExactly(note);
    }

    @Test
    void shouldAskForTheFollowUpByHandWithoutAPlatformsChangeUrl() {
        Map<String, String> bitbucket = new java.util.HashMap<>(PR_BUILD);
        bitbucket.put("CHANGE_URL", "https://bitbucket.org/octo/widgets/pull-requests/12");

        JenkinsTestGenPlan plan = planner.plan(step("pull-request", "tok"), NO_DEFAULTS, bitbucket);

        assertThat(plan.notes())
                .singleElement(STRING)
                .contains("no GitHub or GitLab CHANGE_URL, so open the pull request into feature/x yourself");
    }

    @Test
    void shouldSayWhereTheFollowUpPullRequestGoes() {
        JenkinsTestGenPlan plan = planner.plan(step("pull-request", "tok"), NO_DEFAULTS, PR_BUILD);

        assertThat(plan.notes())
                .singleElement(STRING)
                .contains("goose-ci/tests-for-12", "opens the follow-up into feature/x with the push token");
    }

    @ParameterizedTest(name = "commit {0}, push id ''{1}'': {5}")
    @CsvSource({
        "branch,       '',  12, ,      ,     needs pushCredentialsId",
        "pull-request, '',  12, ,      ,     needs pushCredentialsId",
        "branch,       tok, 12, ,      alice, cannot push to a pull request from the fork 'alice'",
        "branch,       tok, ,   ,      ,     BRANCH_NAME is not set",
        "branch,       tok, 12, ,      ,     CHANGE_BRANCH is not set",
        "pull-request, tok, ,   ,      ,     BRANCH_NAME is not set",
        "push,         tok, 12, feat,  ,     'unknown commit value ''push'': use none, branch, pull-request or auto'",
    })
    void shouldNameTheParameterToChange(
            String commit, String pushId, String changeId, String changeBranch, String fork, String message) {
        Map<String, String> env = env(changeId, changeBranch, fork, null);

        assertThatThrownBy(() -> planner.plan(step(commit, pushId), NO_DEFAULTS, env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "onNoTests ''{0}'' -> {1}")
    @CsvSource({"'', SUCCESS", "success, SUCCESS", "Unstable, UNSTABLE", "FAILURE, FAILURE"})
    void shouldReadTheResultForNoKeptTest(String onNoTests, BuildResult expected) {
        JenkinsTestGenInput input = new JenkinsTestGenInput(null, null, null, null, null, null, null, null, onNoTests);

        assertThat(planner.plan(input, NO_DEFAULTS, Map.of()).onNoTests()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "onNoTests: fail,     '',   '',                  'unknown onNoTests value ''fail'': use success, unstable or failure'",
        "maxCost: -1,         -1,   '',                  maxCost must be a positive amount",
        "a config line,       '',   'limits.max_turns',  is not dotted.key=value",
    })
    void shouldRejectBadValues(String what, String maxCost, String config, String message) {
        String onNoTests = what.startsWith("onNoTests") ? "fail" : "";
        JenkinsTestGenInput input =
                new JenkinsTestGenInput(null, null, null, null, null, maxCost, config, null, onNoTests);

        assertThatThrownBy(() -> planner.plan(input, NO_DEFAULTS, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void shouldReadTheReplayTranscriptFromTheEnvironment() {
        JenkinsTestGenPlan plan =
                planner.plan(step(null, null), NO_DEFAULTS, Map.of("GOOSE_REPLAY", " transcripts/tests.jsonl "));

        assertThat(plan.replay()).contains("transcripts/tests.jsonl");
    }

    @Test
    void shouldHandThePushTokenToCoreUnderItsVariable() {
        JenkinsTestGenPlan plan = planner.plan(step("branch", "push-token"), NO_DEFAULTS, PR_BUILD);

        Map<String, String> env = plan.coreEnv(Map.of("BUILD_ID", "7"), Map.of("push-token", "s3cret"));

        assertThat(env).containsEntry("GOOSE_PUSH_TOKEN", "s3cret").containsEntry("BUILD_ID", "7");
        assertThatThrownBy(() -> plan.coreEnv(Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("credential 'push-token' for GOOSE_PUSH_TOKEN was not found");
    }
}
