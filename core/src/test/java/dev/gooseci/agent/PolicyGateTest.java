package dev.gooseci.agent;

import static dev.gooseci.agent.FakeTools.tool;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.policy.Mode;
import dev.gooseci.policy.PermissionPolicy;
import dev.gooseci.policy.ToolRule;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.ToolSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyGateTest {
    private static Tool writer() {
        return new Tool() {
            @Override
            public ToolSpec spec() {
                return new ToolSpec("write_file", "w", "{\"type\":\"object\"}");
            }

            @Override
            public boolean readOnly() {
                return false;
            }

            @Override
            public ToolResult call(ObjectNode arguments) {
                return ToolResult.ok("written");
            }
        };
    }

    @ParameterizedTest(name = "{0} mode, {1}: {2}")
    @CsvSource({
        "auto,          developer__read_file,  allowed,",
        "auto,          developer__write_file, allowed,",
        "smart_approve, developer__read_file,  allowed,",
        "smart_approve, developer__write_file, denied,  no one can approve in CI",
        "approve,       developer__read_file,  denied,  no one can approve in CI",
        "chat,          developer__read_file,  denied,  chat",
    })
    void shouldAllowOnlyWhatThePolicyAllowsWithoutAHuman(String mode, String name, String verdict, String reason) {
        PolicyGate gate = new PolicyGate(new PermissionPolicy(Mode.parse(mode), Map.of(), List.of()));
        Tool tool = name.endsWith("write_file") ? writer() : tool("read_file", args -> ToolResult.ok("x"));

        Optional<String> denial = gate.denial(new ToolRequest("1", name, "{\"path\":\"a\"}"), Optional.of(tool));

        assertThat(denial.isEmpty()).isEqualTo(verdict.equals("allowed"));
        if (reason != null) {
            assertThat(denial.orElseThrow()).containsIgnoringCase(reason);
        }
    }

    @ParameterizedTest(name = "rule {0} on developer__read_file")
    @CsvSource({"always_allow, true", "ask_before, false", "never_allow, false"})
    void shouldApplyPerToolRules(String rule, boolean allowed) {
        PolicyGate gate = new PolicyGate(
                new PermissionPolicy(Mode.AUTO, Map.of("developer__read_file", ToolRule.parse(rule)), List.of()));

        Optional<String> denial = gate.denial(
                new ToolRequest("1", "developer__read_file", "{}"),
                Optional.of(tool("read_file", args -> ToolResult.ok("x"))));

        assertThat(denial.isEmpty()).isEqualTo(allowed);
    }
}
