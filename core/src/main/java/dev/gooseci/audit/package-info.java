/**
 * The audit log: one JSON line per turn, tool call, policy decision, stop and retry, with every secret masked before
 * it is written. It takes plain values, so any layer can feed it; the schema is in {@code docs/audit.md}.
 */
package dev.gooseci.audit;
