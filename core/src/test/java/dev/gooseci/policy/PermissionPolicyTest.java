package dev.gooseci.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermissionPolicyTest {
    private static final ObjectNode NO_ARGUMENTS = new ObjectMapper().createObjectNode();

    static ToolUse use(String name, boolean readOnly) {
        return new ToolUse(name, NO_ARGUMENTS, readOnly);
    }

    @ParameterizedTest(name = "{0} + {1} + readOnly={2} -> {3}")
    @CsvSource(nullValues = "none", textBlock = """
            auto,          none,         false, Allow, ''
            auto,          none,         true,  Allow, ''
            auto,          always_allow, false, Allow, ''
            auto,          ask_before,   false, Ask,   is ask_before
            auto,          ask_before,   true,  Ask,   is ask_before
            auto,          never_allow,  false, Deny,  is never_allow
            auto,          never_allow,  true,  Deny,  is never_allow
            approve,       none,         false, Ask,   mode approve needs approval
            approve,       none,         true,  Ask,   mode approve needs approval
            approve,       always_allow, false, Allow, ''
            approve,       ask_before,   true,  Ask,   is ask_before
            approve,       never_allow,  false, Deny,  is never_allow
            smart_approve, none,         true,  Allow, ''
            smart_approve, none,         false, Ask,   not read-only
            smart_approve, always_allow, false, Allow, ''
            smart_approve, ask_before,   true,  Ask,   is ask_before
            smart_approve, never_allow,  true,  Deny,  is never_allow
            chat,          none,         true,  Deny,  mode is chat
            chat,          always_allow, true,  Deny,  mode is chat
            chat,          ask_before,   false, Deny,  mode is chat
            chat,          never_allow,  false, Deny,  is never_allow
            """)
    void shouldDecideByModeRuleAndReadOnlyHint(
            String mode, String rule, boolean readOnly, String expected, String reason) {
        Map<String, ToolRule> rules = rule == null ? Map.of() : Map.of("developer__shell", ToolRule.parse(rule));
        PermissionPolicy policy = new PermissionPolicy(Mode.parse(mode), rules, List.of());

        Decision decision = policy.decide(use("developer__shell", readOnly));

        assertThat(decision.getClass().getSimpleName()).isEqualTo(expected);
        assertThat(decision.reason()).contains(reason);
    }

    @Test
    void shouldTurnAskIntoDenyWhenNoOneCanApprove() {
        PermissionPolicy policy = new PermissionPolicy(Mode.APPROVE, Map.of(), List.of());

        Decision decision = policy.decideNonInteractive(use("developer__write_file", false));

        assertThat(decision).isInstanceOf(Deny.class);
        assertThat(decision.reason()).contains("mode approve", "(no one can approve in CI)");
    }

    @Test
    void shouldApplyAnExtensionWideRuleUnlessTheToolHasItsOwn() {
        PermissionPolicy policy = new PermissionPolicy(
                Mode.AUTO,
                Map.of("github__*", ToolRule.NEVER_ALLOW, "github__get_issue", ToolRule.ALWAYS_ALLOW),
                List.of());

        assertThat(policy.decide(use("github__create_issue", true))).isInstanceOf(Deny.class);
        assertThat(policy.decide(use("github__get_issue", true))).isEqualTo(Decision.allow());
    }

    @Test
    void shouldNeverLetAnInspectorLoosenADecision() {
        Inspector alwaysAllow = (use, current) -> Decision.allow();
        List<Decision> seen = new ArrayList<>();
        Inspector recorder = (use, current) -> {
            seen.add(current);
            return Decision.allow();
        };
        PermissionPolicy asking = new PermissionPolicy(Mode.APPROVE, Map.of(), List.of(alwaysAllow, recorder));
        PermissionPolicy denying =
                new PermissionPolicy(Mode.AUTO, Map.of("developer__shell", ToolRule.NEVER_ALLOW), List.of(alwaysAllow));

        assertThat(asking.decide(use("developer__shell", false))).isInstanceOf(Ask.class);
        assertThat(seen).singleElement().isInstanceOf(Ask.class);
        assertThat(denying.decide(use("developer__shell", false))).isInstanceOf(Deny.class);
    }

    @Test
    void shouldLetAnInspectorTightenAndKeepTheFirstDenyReason() {
        Inspector asks = (use, current) -> Decision.ask("inspector one asks");
        Inspector denies = (use, current) -> Decision.deny("inspector two denies");
        Inspector deniesToo = (use, current) -> Decision.deny("inspector three denies");
        PermissionPolicy policy = new PermissionPolicy(Mode.AUTO, Map.of(), List.of(asks, denies, deniesToo));

        Decision decision = policy.decide(use("developer__shell", true));

        assertThat(decision).isEqualTo(Decision.deny("inspector two denies"));
    }

    @Test
    void shouldRejectAnInspectorThatReturnsNull() {
        PermissionPolicy policy = new PermissionPolicy(Mode.AUTO, Map.of(), List.of((use, current) -> null));

        assertThatThrownBy(() -> policy.decide(use("developer__shell", true)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Decision.allow()");
    }

    @Test
    void shouldListTheModesWhenOneIsUnknown() {
        assertThatThrownBy(() -> Mode.parse("yolo"))
                .hasMessageContaining("auto, approve, smart_approve, chat")
                .hasMessageContaining("'yolo'");
        assertThat(Mode.parse(" Smart-Approve ")).isEqualTo(Mode.SMART_APPROVE);
        assertThatThrownBy(() -> ToolRule.parse("sometimes")).hasMessageContaining("always_allow, ask_before");
    }

    @Test
    void shouldKeepTheTightenOrderDenyAskAllow() {
        Decision allow = Decision.allow();
        Decision ask = Decision.ask("a");
        Decision deny = Decision.deny("d");

        assertThat(allow.tighten(ask)).isEqualTo(ask);
        assertThat(ask.tighten(allow)).isEqualTo(ask);
        assertThat(ask.tighten(deny)).isEqualTo(deny);
        assertThat(deny.tighten(allow)).isEqualTo(deny);
        assertThat(deny.tighten(ask)).isEqualTo(deny);
        assertThat(allow.nonInteractive()).isEqualTo(allow);
        assertThat(deny.nonInteractive()).isEqualTo(deny);
    }
}
