package dev.gooseci.agent;

import static java.util.Objects.requireNonNull;

import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.policy.Decision;
import dev.gooseci.policy.PermissionPolicy;
import dev.gooseci.policy.ToolUse;
import dev.gooseci.provider.Json;
import dev.gooseci.tool.Tool;
import java.util.Optional;

/**
 * The permission policy as the loop's gate, for a run with no human: a decision of "ask" is a denial with the
 * policy's reason. An unknown tool is left to the toolbox, which tells the model the tool names.
 */
public final class PolicyGate implements ToolGate {
    private final PermissionPolicy policy;

    public PolicyGate(PermissionPolicy policy) {
        this.policy = requireNonNull(policy, "policy");
    }

    @Override
    public Optional<String> denial(ToolRequest request, Optional<Tool> tool) {
        if (tool.isEmpty()) {
            return Optional.empty();
        }
        ToolUse use = new ToolUse(
                request.name(), Json.arguments(request.arguments()), tool.get().readOnly());
        Decision decision = policy.decideNonInteractive(use);
        return decision.isAllowed() ? Optional.empty() : Optional.of(decision.reason());
    }
}
