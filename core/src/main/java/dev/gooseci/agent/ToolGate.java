package dev.gooseci.agent;

import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.tool.Tool;
import java.util.Optional;

/**
 * Decides, before a tool runs, whether it may. The permission policy sits behind this in every host; in CI an
 * answer of "ask" is already a denial here, because no one can approve.
 */
@FunctionalInterface
public interface ToolGate {

    /** Allows everything; for tests of the loop alone. */
    ToolGate ALLOW_ALL = (request, tool) -> Optional.empty();

    /** The reason to deny {@code request}, or empty to allow it. {@code tool} is empty for an unknown name. */
    Optional<String> denial(ToolRequest request, Optional<Tool> tool);
}
