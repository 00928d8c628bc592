package dev.gooseci.recipe;

import static java.util.Objects.requireNonNull;

import dev.gooseci.agent.ToolGate;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.Toolbox;
import java.util.List;
import java.util.Optional;

/**
 * A recipe's {@code allowed_tools} in front of the run's own gate: a tool outside the list is denied, with the list in
 * the reason so that the model can pick one that is allowed; a tool inside it still has to pass the inner gate (the
 * permission policy and its inspectors). Entries are namespaced names ({@code developer__read_file}) or whole
 * extensions ({@code everything__*}).
 */
public final class AllowedToolsGate implements ToolGate {
    private final ToolGate inner;
    private final List<String> allowed;

    /** @param allowed the recipe's allowed tools; not empty (an empty list leaves the tools to the configuration) */
    public AllowedToolsGate(ToolGate inner, List<String> allowed) {
        this.inner = requireNonNull(inner, "inner");
        this.allowed = List.copyOf(allowed);
        if (this.allowed.isEmpty()) {
            throw new IllegalArgumentException("allowed tools cannot be empty; use the inner gate alone");
        }
    }

    @Override
    public Optional<String> denial(ToolRequest request, Optional<Tool> tool) {
        if (!allows(request.name())) {
            return Optional.of("tool " + request.name() + " is not in the recipe's allowed_tools ("
                    + String.join(", ", allowed) + "); use one of those");
        }
        return inner.denial(request, tool);
    }

    private boolean allows(String name) {
        int split = name.indexOf(Toolbox.SEPARATOR);
        String wholeExtension = split < 0 ? null : name.substring(0, split) + Toolbox.SEPARATOR + "*";
        return allowed.contains(name) || wholeExtension != null && allowed.contains(wholeExtension);
    }
}
