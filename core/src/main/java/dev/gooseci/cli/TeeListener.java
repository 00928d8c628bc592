package dev.gooseci.cli;

import dev.gooseci.agent.AgentListener;
import dev.gooseci.agent.StopReason;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.ChatResponse;
import java.util.List;

/** Hands every event of a run to several listeners in order: the printed output, then the audit log. */
final class TeeListener implements AgentListener {
    private final List<AgentListener> listeners;

    private TeeListener(List<AgentListener> listeners) {
        this.listeners = listeners;
    }

    static AgentListener of(List<AgentListener> listeners) {
        return listeners.size() == 1 ? listeners.get(0) : new TeeListener(List.copyOf(listeners));
    }

    @Override
    public void onText(String delta) {
        listeners.forEach(listener -> listener.onText(delta));
    }

    @Override
    public void onThinking(String delta) {
        listeners.forEach(listener -> listener.onThinking(delta));
    }

    @Override
    public void onToolCall(int index, String id, String name, String argumentsDelta) {
        listeners.forEach(listener -> listener.onToolCall(index, id, name, argumentsDelta));
    }

    @Override
    public void onTurn(int turn) {
        listeners.forEach(listener -> listener.onTurn(turn));
    }

    @Override
    public void onResponse(int turn, ChatResponse response) {
        listeners.forEach(listener -> listener.onResponse(turn, response));
    }

    @Override
    public void onAllowed(ToolRequest request) {
        listeners.forEach(listener -> listener.onAllowed(request));
    }

    @Override
    public void onDenied(ToolRequest request, String reason) {
        listeners.forEach(listener -> listener.onDenied(request, reason));
    }

    @Override
    public void onToolResult(ToolRequest request, ToolResponse response) {
        listeners.forEach(listener -> listener.onToolResult(request, response));
    }

    @Override
    public void onCompacted(int before, int after, boolean summarised) {
        listeners.forEach(listener -> listener.onCompacted(before, after, summarised));
    }

    @Override
    public void onStop(StopReason reason) {
        listeners.forEach(listener -> listener.onStop(reason));
    }
}
