/**
 * Tools the agent can call: their specs, calls and results, and the toolbox that namespaces them as
 * {@code extension__tool}. Built-in developer and git tools and MCP extensions live in sub-packages.
 */
package dev.gooseci.tool;
