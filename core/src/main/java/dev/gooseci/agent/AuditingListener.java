package dev.gooseci.agent;

import static java.util.Objects.requireNonNull;

import dev.gooseci.audit.AuditLog;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.ChatResponse;
import java.util.Locale;

/**
 * Feeds a run's events to the {@link AuditLog}: each answered turn, each policy decision with its reason, each tool
 * call with its result, and the stop. The audit log knows nothing of agent types; this adapter turns them into plain
 * values.
 */
public final class AuditingListener implements AgentListener {
    private final AuditLog log;

    public AuditingListener(AuditLog log) {
        this.log = requireNonNull(log, "log");
    }

    @Override
    public void onResponse(int turn, ChatResponse response) {
        log.turn(
                turn,
                response.model(),
                response.finishReason().name().toLowerCase(Locale.ROOT),
                response.usage().promptTokens(),
                response.usage().outputTokens(),
                response.message().toolRequests().size());
    }

    @Override
    public void onAllowed(ToolRequest request) {
        log.decision(request.id(), request.name(), true, "");
    }

    @Override
    public void onDenied(ToolRequest request, String reason) {
        log.decision(request.id(), request.name(), false, reason);
    }

    @Override
    public void onToolResult(ToolRequest request, ToolResponse response) {
        log.toolCall(request.id(), request.name(), request.arguments(), response.isError(), response.content());
    }

    @Override
    public void onStop(StopReason reason) {
        log.stop(code(reason), reason.describe());
    }

    /** {@code MaxTurns} as {@code max_turns}: the stop reason's record name in snake case. */
    static String code(StopReason reason) {
        return reason.getClass()
                .getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
    }
}
