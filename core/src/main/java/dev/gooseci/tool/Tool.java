package dev.gooseci.tool;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Something the model can call. Implementations are thread-safe: one reply's tool requests run in parallel.
 *
 * <p>A tool reports its own failures as {@link ToolResult#error} with a message the model can act on; it throws
 * only when the infrastructure under it broke. The {@link Toolbox} turns anything thrown into an error result too,
 * so a run never dies of one bad call.
 */
public interface Tool {

    /** The spec with the tool's own, un-namespaced name. */
    ToolSpec spec();

    /** Whether the tool only reads. Read-only tools are allowed in {@code smart_approve} mode and in review. */
    boolean readOnly();

    /** Runs the tool with the model's arguments, already parsed into an object. */
    ToolResult call(ObjectNode arguments);
}
