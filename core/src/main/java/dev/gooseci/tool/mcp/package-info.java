/**
 * MCP in both directions: extensions whose tools are served by Model Context Protocol servers over stdio or
 * streamable HTTP, and {@link dev.gooseci.tool.mcp.McpToolServer}, which serves our own tools to other MCP clients.
 * This is the only package that imports the MCP SDK; a server we use that fails to start, times out or dies turns
 * into error results, so the run goes on without it.
 */
package dev.gooseci.tool.mcp;
