package dev.gooseci.tool;

import java.util.List;

/**
 * A named group of tools: the built-in {@code developer} and {@code git} extensions, or an MCP server. The model
 * sees each tool as {@code extension__tool}.
 */
public interface Extension extends AutoCloseable {

    /** The namespace, letters, digits and '-' only, for example {@code developer}. */
    String name();

    List<Tool> tools();

    /** Releases what the extension holds (an MCP server process, a connection). Built-ins hold nothing. */
    @Override
    default void close() {}
}
