/**
 * The change under review as data: a {@link dev.gooseci.diff.ChangeSet} of files and hunks, built the same way from
 * unified diff text (git, GitHub, GitLab) or from a git repository, and a {@link dev.gooseci.diff.DiffIndex} that says
 * which lines a platform lets us comment on. {@link dev.gooseci.diff.DiffPacker} then leaves out what is not reviewed
 * (each with a {@link dev.gooseci.diff.NotReviewed reason}) and packs the rest into token-budgeted review units, which
 * {@link dev.gooseci.diff.UnitRenderer} turns into prompt text numbered by new-file line.
 */
package dev.gooseci.diff;
