/**
 * Hints and recipes: the repository's {@code AGENTS.md} and {@code .goosehints} files for the system prompt, and
 * Goose-shaped YAML recipes (instructions, prompt, parameters, extensions, allowed tools, settings, a response schema
 * and retry checks) turned into what the agent loop needs. A bad recipe is reported by field and line.
 */
package dev.gooseci.recipe;
