/**
 * Reviews a change end to end: build the change set, pack it into units, let the agent review each unit in parallel
 * with read-only tools, then place every finding on a line the platform can comment on, deduplicate, and gate. The
 * result is a {@link dev.gooseci.report.ReviewReport} that every report format writes.
 */
package dev.gooseci.review;
