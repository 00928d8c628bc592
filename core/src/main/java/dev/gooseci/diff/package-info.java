/**
 * The change under review as data: a {@link dev.gooseci.diff.ChangeSet} of files and hunks, built the same way from
 * unified diff text (git, GitHub, GitLab) or from a git repository, and a {@link dev.gooseci.diff.DiffIndex} that says
 * which lines a platform lets us comment on.
 */
package dev.gooseci.diff;
