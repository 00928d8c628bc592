package dev.gooseci.agent;

import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.StreamListener;

/**
 * Watches a run: progress output, stream-json events and the audit log hang here. Calls come from the loop's thread
 * in order; every method has a no-op default.
 */
public interface AgentListener extends StreamListener {

    AgentListener NONE = new AgentListener() {};

    default void onTurn(int turn) {}

    default void onResponse(int turn, ChatResponse response) {}

    /** A tool call passed the repetition guard and the gate, and is about to run. */
    default void onAllowed(ToolRequest request) {}

    /** A tool call was denied before it ran, with the reason the model is told. */
    default void onDenied(ToolRequest request, String reason) {}

    default void onToolResult(ToolRequest request, ToolResponse response) {}

    /**
     * The conversation was compacted to fit the context window, from {@code before} to {@code after} messages; by a
     * summary, or else by dropping old tool output.
     */
    default void onCompacted(int before, int after, boolean summarised) {}

    default void onStop(StopReason reason) {}
}
