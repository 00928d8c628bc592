/**
 * The built-in {@code developer} extension: read, list, search, write and edit files in the workspace, and run shell
 * commands. Every path goes through the policy's sandbox, listings and searches skip ignored and protected files,
 * and the shell runs only allowed commands, with a filtered environment, a timeout and capped output.
 */
package dev.gooseci.tool.developer;
