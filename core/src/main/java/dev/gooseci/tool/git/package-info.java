/**
 * The built-in {@code git} extension: read-only diff, log, show and blame over the workspace's repository, through
 * JGit. Nothing here writes refs, the index or the working tree, and JGit is loaded only when a tool is first called.
 */
package dev.gooseci.tool.git;
