/**
 * MCP extensions: tools served by Model Context Protocol servers, over stdio or streamable HTTP. This is the only
 * package that imports the MCP SDK; a server that fails to start, times out or dies turns into error results, so
 * the run goes on without it.
 */
package dev.gooseci.tool.mcp;
