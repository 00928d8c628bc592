package dev.gooseci.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.provider.ProviderCatalog;
import dev.gooseci.report.Format;
import dev.gooseci.report.Severity;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JenkinsStepPlannerTest {
    private static final JenkinsStepInput NO_DEFAULTS = JenkinsStepInput.defaults("", "", "", "");
    private static final Map<String, String> PR_BUILD = Map.of(
            "CHANGE_ID", "128",
            "CHANGE_URL", "https://github.com/octo/widgets/pull/128",
            "JENKINS_URL", "https://ci.example.com/");

    private final JenkinsStepPlanner planner = new JenkinsStepPlanner(ProviderCatalog.load());

    private static JenkinsStepInput step(String provider, String credentialsId, String scmId, String publish) {
        return new JenkinsStepInput(provider, "", credentialsId, scmId, "", "", publish, "", "", true);
    }

    @Test
    void shouldDefaultToWarningsNgFormatsNoGateAndUnstable() {
        JenkinsStepPlan plan = planner.plan(step("", "", "", ""), NO_DEFAULTS, Map.of());

        assertThat(plan.formats()).containsExactlyInAnyOrder(Format.CHECKSTYLE, Format.SARIF, Format.MARKDOWN);
        assertThat(plan.gate().failOn()).isEmpty();
        assertThat(plan.onGateFailure()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(plan.flags()).isEmpty();
        assertThat(plan.credentials()).isEmpty();
        assertThat(plan.publishTo()).isEmpty();
        assertThat(plan.fork()).isFalse();
    }

    @Test
    void shouldTreatAChangeFromAForkAsUntrusted() {
        JenkinsStepPlan plan =
                planner.plan(step("", "", "", "none"), NO_DEFAULTS, Map.of("CHANGE_ID", "4", "CHANGE_FORK", "someone"));

        assertThat(plan.fork()).isTrue();
    }

    @Test
    void shouldReplayTheTranscriptThatGooseReplayNames() {
        JenkinsStepPlan plan =
                planner.plan(step("", "", "", "none"), NO_DEFAULTS, Map.of("GOOSE_REPLAY", "review.jsonl"));

        assertThat(plan.replay()).contains("review.jsonl");
    }

    @Test
    void shouldReadEveryStepParameter() {
        JenkinsStepInput input = new JenkinsStepInput(
                "anthropic",
                "claude-x",
                "llm-key",
                "gh-token",
                "major",
                "sarif,json",
                "github",
                "2.50",
                "# tighter limits\nlimits.max_turns = 20\n\n",
                false);

        JenkinsStepPlan plan = planner.plan(input, NO_DEFAULTS, PR_BUILD);

        assertThat(plan.flags())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("provider", "anthropic", "model", "claude-x", "limits.max_turns", "20"));
        assertThat(plan.gate().failOn()).contains(Severity.MAJOR);
        assertThat(plan.formats()).containsExactlyInAnyOrder(Format.SARIF, Format.JSON);
        assertThat(plan.maxCostUsd()).contains(new BigDecimal("2.50"));
        assertThat(plan.onGateFailure()).isEqualTo(BuildResult.FAILURE);
        assertThat(plan.publishTo())
                .contains(new ChangeUrl(ChangePlatform.GITHUB, "https://api.github.com", "octo/widgets", 128));
        assertThat(plan.credentials())
                .containsExactly(
                        new CredentialNeed("llm-key", "ANTHROPIC_API_KEY"),
                        new CredentialNeed("gh-token", "GITHUB_TOKEN"));
    }

    @ParameterizedTest(name = "step provider ''{0}'' key ''{1}'' -> {2} {3} {4}")
    @CsvSource({
        "'', '', openai, gpt-global, global-key",
        "openai, '', openai, gpt-global, global-key",
        "openai, step-key, openai, gpt-global, step-key",
        "anthropic, '', anthropic, '', ''",
        "anthropic, step-key, anthropic, '', step-key"
    })
    void shouldTakeTheGlobalModelAndKeyOnlyWithTheGlobalProvider(
            String provider, String key, String wantProvider, String wantModel, String wantKey) {
        JenkinsStepInput global = JenkinsStepInput.defaults("openai", "gpt-global", "global-key", "");

        JenkinsStepPlan plan = planner.plan(step(provider, key, "", "none"), global, Map.of());

        assertThat(plan.flags().get("provider")).isEqualTo(wantProvider);
        assertThat(Optional.ofNullable(plan.flags().get("model")))
                .isEqualTo(Optional.of(wantModel).filter(m -> !m.isEmpty()));
        assertThat(plan.credentials().stream()
                        .map(CredentialNeed::credentialsId)
                        .findFirst())
                .isEqualTo(Optional.of(wantKey).filter(k -> !k.isEmpty()));
    }

    @ParameterizedTest(name = "publish ''{0}'' scm ''{1}'' on {2} -> {3}")
    @CsvSource({
        "'', tok, https://github.com/octo/widgets/pull/128, GITHUB",
        "auto, tok, https://gitlab.example.com/g/app/-/merge_requests/128, GITLAB",
        "auto, '', https://github.com/octo/widgets/pull/128, NONE",
        "auto, tok, https://bitbucket.org/t/r/pull-requests/128, NONE",
        "none, tok, https://github.com/octo/widgets/pull/128, NONE",
        "GitLab, tok, https://gitlab.com/g/app/-/merge_requests/128, GITLAB"
    })
    void shouldChooseWhereToPublish(String publish, String scmId, String changeUrl, String expected) {
        Map<String, String> env = Map.of("CHANGE_ID", "128", "CHANGE_URL", changeUrl);

        JenkinsStepPlan plan = planner.plan(step("", "", scmId, publish), NO_DEFAULTS, env);

        assertThat(plan.publishTo().map(c -> c.platform().name()).orElse("NONE"))
                .isEqualTo(expected);
        assertThat(plan.credentials().stream().map(CredentialNeed::variable).findFirst())
                .isEqualTo(plan.publishTo().map(c -> JenkinsStepPlanner.tokenVariable(c.platform())));
    }

    @Test
    void shouldWriteReportsOnlyOnABranchBuildAndSaySo() {
        JenkinsStepPlan plan = planner.plan(step("", "", "tok", "github"), NO_DEFAULTS, Map.of("BRANCH_NAME", "main"));

        assertThat(plan.publishTo()).isEmpty();
        assertThat(plan.notes()).singleElement().asString().contains("no CHANGE_ID");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "publish github on a GitLab MR | | | tok | github | | publish: github, but CHANGE_URL",
                "publish gitlab without token | | | | gitlab | | needs scmCredentialsId",
                "unknown publish value | | | | slack | | use none, github, gitlab or auto",
                "key without provider | | key | | none | | no provider is",
                "key for a keyless provider | ollama | key | | none | | takes no API key",
                "unknown provider | nosuch | key | | none | | unknown provider 'nosuch'",
                "negative cost | | | | none | -1 | maxCost must be a positive amount",
                "config line without = | | | | none | | is not dotted.key=value"
            })
    void shouldNameTheParameterToFix(
            String why, String provider, String key, String scmId, String publish, String maxCost, String message) {
        JenkinsStepInput input = new JenkinsStepInput(
                provider, "", key, scmId, "", "", publish, maxCost, why.startsWith("config") ? "max_turns" : "", true);
        Map<String, String> env = Map.of("CHANGE_ID", "3", "CHANGE_URL", "https://gitlab.com/g/app/-/merge_requests/3");

        assertThatThrownBy(() -> planner.plan(input, NO_DEFAULTS, env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void shouldPutEachSecretUnderItsVariableForCore() {
        JenkinsStepPlan plan = planner.plan(step("openai", "llm-key", "gh-token", "github"), NO_DEFAULTS, PR_BUILD);

        Map<String, String> env = plan.coreEnv(PR_BUILD, Map.of("llm-key", "sk-1", "gh-token", "ghp-2"));

        assertThat(env).containsEntry("OPENAI_API_KEY", "sk-1").containsEntry("GITHUB_TOKEN", "ghp-2");
        assertThat(env).containsAllEntriesOf(PR_BUILD);
        assertThatThrownBy(() -> plan.coreEnv(PR_BUILD, Map.of("llm-key", "sk-1")))
                .hasMessageContaining("credential 'gh-token' for GITHUB_TOKEN was not found");
    }
}
